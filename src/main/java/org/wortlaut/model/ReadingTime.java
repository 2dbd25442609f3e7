package org.wortlaut.model;

/**
 * How long the article text takes to read: {@code seconds} exactly at the rate, {@code minutes}
 * rounded as publishers show it, and {@code statedMinutes} as the page itself states it
 * ("Lesezeit: 2 min"), null when it states none.
 */
public record ReadingTime(int words, int minutes, int seconds, int wordsPerMinute, Integer statedMinutes) {
}
