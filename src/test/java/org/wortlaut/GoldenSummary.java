package org.wortlaut;

import java.util.stream.Collectors;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.EntityGroup;
import org.wortlaut.model.Figure;
import org.wortlaut.model.Quote;
import org.wortlaut.model.Role;
import org.wortlaut.model.Sentence;

/** A readable, diff-friendly summary of everything the chain found in one article. */
final class GoldenSummary {

    private GoldenSummary() {
    }

    static String of(Document d) {
        StringBuilder out = new StringBuilder();
        out.append("## sentences\n");
        for (Sentence s : d.sentences()) {
            out.append(s.start()).append('-').append(s.end()).append('\t').append(oneLine(d.text().substring(s.start(), s.end()))).append('\n');
        }
        out.append("## entities\n");
        for (Entity e : d.entities()) {
            out.append(e.start()).append('\t').append(e.text()).append('\t').append(e.type()).append('\t').append(e.group()).append('\n');
        }
        out.append("## entity groups\n");
        for (EntityGroup g : d.entityGroups()) {
            out.append(g.id()).append('\t').append(g.canonical()).append('\t').append(g.type()).append('\t').append(g.mentions()).append('\n');
        }
        out.append("## figures\n");
        for (Figure f : d.figures()) {
            out.append(f.id()).append('\t').append(f.start()).append('\t').append(f.text()).append('\t').append(f.type()).append('\t').append(f.value())
                .append('\t').append(f.valueHigh()).append('\t').append(f.unit()).append('\t').append(f.qualifier()).append('\n');
        }
        out.append("## quotes\n");
        for (Quote q : d.quotes()) {
            out.append(q.id()).append('\t').append(q.type()).append("\n\tcontent\t").append(role(q.content()))
                .append("\n\tcue\t").append(role(q.cue())).append("\n\tspeaker\t").append(role(q.speaker()))
                .append("\n\taddressee\t").append(role(q.addressee())).append("\n\tentity\t").append(q.speakerEntity())
                .append('\t').append(q.speakerLink()).append('\n');
        }
        out.append("## claims\n");
        d.claims().forEach(c -> out.append(c.figure()).append('\t').append(c.type()).append('\t').append(c.quote())
            .append('\t').append(c.source()).append('\t').append(c.sourceEntity()).append('\t').append(c.sourceEntityType())
            .append('\t').append(c.sourceLink()).append('\n'));
        out.append("## reading\n").append(d.readingTime()).append('\n').append(d.readability()).append('\n');
        return out.toString();
    }

    private static String role(Role role) {
        return role == null ? "-" : oneLine(role.text()) + " " + role.spans().stream()
            .map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
    }

    private static String oneLine(String text) {
        return text.replace('\n', '⏎');
    }
}
