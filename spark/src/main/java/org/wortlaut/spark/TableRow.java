package org.wortlaut.spark;

import java.io.Serializable;

/**
 * One row of one output table: the index of the table in {@link OutputTables} and its cells as
 * the CLI's CSV shows them (null for an empty cell).
 */
record TableRow(int table, String[] cells) implements Serializable {
}
