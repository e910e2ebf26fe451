package io.djcheck.model;

/** The form a report arrived in. */
public enum InputFormat { TEXT, DOCX, DOC, PDF, SUBMISSION }
