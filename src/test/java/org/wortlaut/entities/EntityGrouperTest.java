package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.InputInfo;

class EntityGrouperTest {

    /** Groups of the mentions of {@code names} (each with its type) as "canonical/type×mentions". */
    private static List<String> groups(String text, List<String> names, EntityType type) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int at = text.indexOf(name, from);
            mentions.add(new Mention(at, at + name.length(), type));
            from = at + name.length();
        }
        Document document = Document.of("t", "t", InputInfo.NONE, text);
        return new EntityGrouper().group(document, mentions, mention -> null).groups().stream()
            .map(g -> g.canonical() + "/" + g.type() + "×" + g.mentions()).toList();
    }

    @Test
    void aNameInAnyCaseIsOneGroup() {
        assertEquals(List.of("Europäischen Rechnungshof/ORG×2"),
            groups("Der Bericht des Europäischen Rechnungshof ist da. Der Europäische Rechnungshof rügt Brüssel.",
                List.of("Europäischen Rechnungshof", "Europäische Rechnungshof"), EntityType.ORG));
    }

    @Test
    void aNameInTheGenitiveIsOneGroupWithItsNominative() {
        assertEquals(List.of("Europäischen Rechnungshofs/ORG×2"),
            groups("Der Bericht des Europäischen Rechnungshofs ist da. Der Europäische Rechnungshof rügt Brüssel.",
                List.of("Europäischen Rechnungshofs", "Europäische Rechnungshof"), EntityType.ORG));
    }

    @Test
    void aCompanyWithAndWithoutItsLegalFormIsOneGroup() {
        assertEquals(List.of("Blaser GmbH/ORG×2"),
            groups("Die Blaser GmbH baut um. Blaser sagt, es bleibe so.", List.of("Blaser GmbH", "Blaser"), EntityType.ORG));
    }

    @Test
    void legalFormsAndCaseEndingsLeaveTheKey() {
        assertEquals("siemens energy", EntityGrouper.withoutLegalForm("siemens energy ag"));
        assertEquals("blaser", EntityGrouper.withoutLegalForm("blaser gmbh & co. kg"));
        assertEquals("ag", EntityGrouper.withoutLegalForm("ag"));
        assertEquals("europäische rechnungshof", EntityGrouper.uninflected("europäischen rechnungshof"));
        assertEquals("deutsche bank", EntityGrouper.uninflected("deutschen bank"));
        assertEquals("bank der länder", EntityGrouper.uninflected("bank der länder"));
    }
}
