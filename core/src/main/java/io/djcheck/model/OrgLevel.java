package io.djcheck.model;

/** The level of the organisation that reports. */
public enum OrgLevel { COUNTY, TOWNSHIP, VILLAGE, COMMUNITY, UNKNOWN }
