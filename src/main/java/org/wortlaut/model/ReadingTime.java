package org.wortlaut.model;

/**
 * How long the article text takes to read: {@code seconds} exactly at the rate, {@code minutes}
 * rounded as publishers show it.
 */
public record ReadingTime(int words, int minutes, int seconds, int wordsPerMinute) {
}
