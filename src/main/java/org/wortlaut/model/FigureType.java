package org.wortlaut.model;

/** The nine kinds of figure of the figures guidelines. */
public enum FigureType {
    CARDINAL, PERCENT, MONEY, QUANTITY, FRACTION, ORDINAL, DATE, TIME, DURATION
}
