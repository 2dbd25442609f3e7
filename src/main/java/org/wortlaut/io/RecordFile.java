package org.wortlaut.io;

/** A file of records (JSONL lines, CSV rows) read one record at a time. */
interface RecordFile extends AutoCloseable {

    /** The next record as an input item, or null at the end of the file. */
    InputItem next();

    @Override
    void close();
}
