package org.wortlaut.io;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small crawl written with jwarc, as a crawler writes it: for each capture a request and a
 * response record. Captures are numbered from 1; their record ids and dates follow from the number.
 */
public final class TestWarc implements AutoCloseable {

    public static final String GERMAN_ARTICLE = "<html><head><title>Netzausbau</title></head><body><article>"
        + "<h1>Regierung will Netzausbau beschleunigen</h1>"
        + "<p>Die Bundesregierung will den Ausbau der Stromnetze beschleunigen. Wie das Ministerium am Montag in "
        + "Berlin mitteilte, sollen die Verfahren künftig nur noch halb so lange dauern.</p>"
        + "<p>„Wir haben keine Zeit zu verlieren“, sagte Ministerin Petra Lindqvist. Kritik kam von den "
        + "Umweltverbänden, die vor einer Aushöhlung der Beteiligungsrechte warnten. Der Ausbau soll bis 2030 "
        + "rund 43 Milliarden Euro kosten.</p></article></body></html>";

    public static final String ENGLISH_ARTICLE = "<html><body><article><h1>Grid expansion</h1><p>The government "
        + "wants to speed up the expansion of the power grid. As the ministry announced on Monday, approval "
        + "procedures are to take only half as long in future. Environmental groups, who warned that the rights "
        + "of the public would be hollowed out, were critical of the plan.</p></article></body></html>";

    private final WarcWriter writer;
    private int captures;

    public TestWarc(Path file) throws IOException {
        this.writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING), file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** The record id of the n-th capture's response. */
    public static UUID responseId(int capture) {
        return new UUID(0x5741524300000000L, capture);
    }

    public static Instant date(int capture) {
        return Instant.parse("2024-03-0" + capture + "T08:15:00Z");
    }

    /** A request and a response for {@code url}. */
    public TestWarc capture(String url, int status, String contentType, String body) throws IOException {
        captures++;
        URI target = URI.create(url);
        writer.write(new WarcRequest.Builder(target).date(date(captures))
            .body(new HttpRequest.Builder("GET", target.getRawPath()).addHeader("Host", target.getHost()).build())
            .build());
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(target).recordId(responseId(captures)).date(date(captures))
            .body(http).build());
        return this;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
