package org.wortlaut.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wortlaut.model.Article;
import org.wortlaut.model.Claim;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.Figure;
import org.wortlaut.model.Quote;
import org.wortlaut.model.Readability;
import org.wortlaut.model.ReadingTime;
import org.wortlaut.model.Role;
import org.wortlaut.model.Sentence;
import org.wortlaut.model.Span;
import org.wortlaut.model.Zone;
import org.wortlaut.model.ZoneKind;

/** The tables of the CSV output and their columns, also those of the Spark job's output. */
public final class CsvTables {

    private CsvTables() {
    }

    static final CsvTable DOCUMENTS = new CsvTable("documents.csv",
        List.of("doc_id", "source", "input_title", "input_url", "input_published", "input_source",
            "section", "headline", "teaser", "authors", "published", "updated", "language", "url", "url_source",
            "characters", "sentences", "tokens", "entities", "figures", "quotes", "words", "reading_minutes",
            "reading_seconds", "words_per_minute", "stated_reading_minutes", "flesch_amstad",
            "wiener_sachtextformel", "lix", "warnings"),
        CsvTables::documentRow);

    static final CsvTable SENTENCES = new CsvTable("sentences.csv",
        List.of("doc_id", "sentence", "start", "end", "text"),
        doc -> {
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < doc.sentences().size(); i++) {
                Sentence s = doc.sentences().get(i);
                rows.add(List.of(doc.id(), i, s.start(), s.end(), doc.text().substring(s.start(), s.end())));
            }
            return rows;
        });

    static final CsvTable ENTITIES = new CsvTable("entities.csv",
        List.of("doc_id", "entity_id", "start", "end", "text", "type", "sentence", "zone", "canonical", "group_id",
            "confidence"),
        doc -> doc.entities().stream().map(e -> entityRow(doc, e)).toList());

    static final CsvTable ENTITY_GROUPS = new CsvTable("entity_groups.csv",
        List.of("doc_id", "group_id", "canonical", "type", "mentions", "first_start", "entity_ids"),
        doc -> doc.entityGroups().stream().map(g -> List.<Object>of(doc.id(), g.id(), g.canonical(), g.type(),
            g.mentions(), g.first(), String.join(";", g.entities()))).toList());

    static final CsvTable FIGURES = new CsvTable("figures.csv",
        List.of("doc_id", "figure_id", "start", "end", "text", "type", "value", "value_high", "unit", "qualifier",
            "sentence", "zone"),
        doc -> doc.figures().stream().map(f -> figureRow(doc, f)).toList());

    static final CsvTable QUOTES = new CsvTable("quotes.csv",
        List.of("doc_id", "quote_id", "type", "sentence", "zone",
            "content", "content_start", "content_end", "content_spans",
            "cue", "cue_start", "cue_end", "cue_spans",
            "speaker", "speaker_start", "speaker_end", "speaker_spans",
            "addressee", "addressee_start", "addressee_end", "addressee_spans", "speaker_entity", "speaker_link"),
        doc -> doc.quotes().stream().map(q -> quoteRow(doc, q)).toList());

    static final CsvTable ZONES = new CsvTable("zones.csv",
        List.of("doc_id", "zone", "start", "end", "kind", "text"),
        doc -> {
            List<List<Object>> rows = new ArrayList<>();
            List<Zone> zones = doc.article() == null ? List.of() : doc.article().zones();
            for (int i = 0; i < zones.size(); i++) {
                Zone z = zones.get(i);
                rows.add(List.of(doc.id(), i, z.start(), z.end(), z.kind().label(), doc.text().substring(z.start(), z.end())));
            }
            return rows;
        });

    /**
     * One row per figure of the article's text with the source it stands on: what fact-checkers ask
     * for, readable without the other tables (the sentence, the quotation and how its source was found).
     */
    static final CsvTable CLAIMS = new CsvTable("claims.csv",
        List.of("doc_id", "figure_id", "figure", "value", "value_high", "unit", "figure_type", "qualifier", "sentence",
            "zone", "claim_type", "quote_id", "source", "source_entity", "source_entity_type", "source_link",
            "sentence_text", "quote_content", "quote_cue"),
        doc -> {
            Map<String, Figure> figures = doc.figures().stream().collect(Collectors.toMap(Figure::id, f -> f));
            return doc.claims().stream().map(c -> claimRow(doc, figures.get(c.figure()), c)).toList();
        });

    public static final List<CsvTable> ALL = List.of(DOCUMENTS, ZONES, SENTENCES, ENTITIES, ENTITY_GROUPS, FIGURES, QUOTES,
        CLAIMS);

    private static List<Object> claimRow(Document doc, Figure f, Claim claim) {
        return Arrays.asList(doc.id(), f.id(), f.text(), f.value(), f.valueHigh(), f.unit(), f.type(),
            f.qualifier() == null ? null : f.qualifier().label(), f.sentence(), label(f.zone()), claim.type(),
            claim.quote(), claim.source(), claim.sourceEntity(), claim.sourceEntityType(),
            claim.sourceLink() == null ? null : claim.sourceLink().label(), claim.sentence(), claim.content(), claim.cue());
    }

    private static List<List<Object>> documentRow(Document doc) {
        List<Object> row = new ArrayList<>(List.of(doc.id(), doc.source()));
        row.addAll(Arrays.asList(doc.input().title(), doc.input().url(), doc.input().published(), doc.input().source()));
        Article a = doc.article();
        row.addAll(a == null ? Arrays.asList(new Object[9]) : Arrays.asList(a.section(), a.headline(), a.teaser(),
            String.join("; ", a.authors()), a.published(), a.updated(), a.language(), a.url(),
            a.urlSource() == null ? null : a.urlSource().label()));
        row.addAll(List.of(doc.text().length(), doc.sentences().size(), doc.tokens().size(),
            doc.entities().size(), doc.figures().size(), doc.quotes().size()));
        ReadingTime time = doc.readingTime();
        row.addAll(time == null ? Arrays.asList(new Object[5])
            : Arrays.asList(time.words(), time.minutes(), time.seconds(), time.wordsPerMinute(), time.statedMinutes()));
        Readability readability = doc.readability();
        row.add(readability == null ? null : readability.fleschAmstad());
        row.add(readability == null ? null : readability.wienerSachtextformel());
        row.add(readability == null ? null : readability.lix());
        row.add(String.join("; ", doc.warnings()));
        return List.of(row);
    }

    private static String label(ZoneKind zone) {
        return zone == null ? null : zone.label();
    }

    private static List<Object> entityRow(Document doc, Entity e) {
        return Arrays.asList(doc.id(), e.id(), e.start(), e.end(), e.text(), e.type(), doc.sentenceAt(e.start()),
            label(e.zone()), e.canonical(), e.group(), e.confidence());
    }

    private static List<Object> figureRow(Document doc, Figure f) {
        List<Object> row = new ArrayList<>(List.of(doc.id(), f.id(), f.start(), f.end(), f.text(), f.type()));
        row.add(f.value());
        row.add(f.valueHigh());
        row.add(f.unit());
        row.add(f.qualifier() == null ? null : f.qualifier().label());
        row.add(f.sentence());
        row.add(label(f.zone()));
        return row;
    }

    private static List<Object> quoteRow(Document doc, Quote q) {
        List<Object> row = new ArrayList<>(Arrays.asList(doc.id(), q.id(), q.type(), doc.sentenceAt(q.content().start()),
            label(q.zone())));
        for (Role role : new Role[] {q.content(), q.cue(), q.speaker(), q.addressee()}) {
            row.addAll(roleColumns(role));
        }
        row.add(q.speakerEntity());
        row.add(q.speakerLink() == null ? null : q.speakerLink().label());
        return row;
    }

    /** Text, outer start and end, and every span as "start-end" joined by ";". */
    private static List<Object> roleColumns(Role role) {
        List<Object> columns = new ArrayList<>();
        if (role == null) {
            columns.add(null);
            columns.add(null);
            columns.add(null);
            columns.add(null);
            return columns;
        }
        columns.add(role.text());
        columns.add(role.start());
        columns.add(role.end());
        columns.add(role.spans().stream().map(CsvTables::spanText).collect(Collectors.joining(";")));
        return columns;
    }

    private static String spanText(Span span) {
        return span.start() + "-" + span.end();
    }
}
