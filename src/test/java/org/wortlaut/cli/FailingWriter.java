package org.wortlaut.cli;

import java.io.IOException;
import org.wortlaut.io.DocumentWriter;
import org.wortlaut.model.Document;

/** Writes {@code writesBeforeFailing} documents, then throws as a full disk or an exhausted heap would. */
final class FailingWriter implements DocumentWriter {

    private final DocumentWriter writer;
    private final Throwable failure;
    private int writesLeft;

    FailingWriter(DocumentWriter writer, int writesBeforeFailing, Throwable failure) {
        this.writer = writer;
        this.writesLeft = writesBeforeFailing;
        this.failure = failure;
    }

    @Override
    public void write(Document document) throws IOException {
        if (writesLeft-- == 0) {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }
        writer.write(document);
    }

    @Override
    public boolean isWritten(Document input) {
        return writer.isWritten(input);
    }

    @Override
    public void abandon() {
        writer.abandon();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
