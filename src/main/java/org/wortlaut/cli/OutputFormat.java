package org.wortlaut.cli;

/** What {@code annotate} writes. */
enum OutputFormat {
    json, jsonl, csv
}
