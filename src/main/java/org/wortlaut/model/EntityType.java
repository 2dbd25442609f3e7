package org.wortlaut.model;

/** The CoNLL entity types; MISC is GermEval's OTH. */
public enum EntityType {
    PER, ORG, LOC, MISC
}
