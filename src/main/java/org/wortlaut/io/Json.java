package org.wortlaut.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON form of documents: the records as they are, nulls written out. */
public final class Json {

    /** Amounts are written as plain numbers (43000000000, not 4.3E+10), as R and Excel read them. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** One document per line. */
    public static final ObjectWriter COMPACT = MAPPER.writer();

    /** Indented, for one file per document. */
    public static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }
}
