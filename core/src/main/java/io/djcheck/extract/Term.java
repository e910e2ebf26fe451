package io.djcheck.extract;

/**
 * What a lexicon string means where it is found. One string may mean several things at once
 * (软弱涣散 is a mention and a cue for {@code organizations.rectified}).
 *
 * @param kind  the role of the string
 * @param key   concept key, section or genre name, or the cue itself
 * @param group for quantity cues, the index of the cue group within the concept
 * @param value weight of a genre cue, periods per year of a frequency, index of a cue in its group,
 *              the {@link io.djcheck.model.Qualifier} ordinal of a qualifier word
 */
record Term(Kind kind, String key, int group, int value) {

    enum Kind {
        MENTION, QUANTITY_CUE, QUANTITY_EXCLUDE, NEGATION, RESOLVED, PREVENTED, PLAN, WEAK_PLAN, NEUTRAL, SET_PHRASE,
        HEADING, WEAK_HEADING, LEAD_IN, PARAGRAPH_LEAD_IN, GENRE, GENRE_PART, ORG_LEVEL, FREQUENCY,
        PLAN_YEAR, PLAN_YEAR_BEFORE, CONTRAST, NORM, UNIT, QUALIFIER_PREFIX, QUALIFIER_SUFFIX,
        EVENT_YEAR, SUPERIOR, ORG_LEVEL_WEAK, ORG_LEVEL_IGNORED, ORG_SUFFIX, ORG_GENERIC, DOMAIN
    }

    static Term of(Kind kind, String key) {
        return new Term(kind, key, 0, 0);
    }
}
