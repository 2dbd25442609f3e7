package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;
import org.wortlaut.model.Block;
import org.wortlaut.model.Zone;
import org.wortlaut.model.ZoneKind;

/**
 * Turns one kind per block into zones. Adjacent blocks of the same kind share a zone, which then
 * also covers the white space between them; white space between blocks of different kinds is
 * left outside every zone.
 */
final class Zones {

    private Zones() {
    }

    static List<Zone> of(List<Block> blocks, ZoneKind[] kinds) {
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Zone last = zones.isEmpty() ? null : zones.get(zones.size() - 1);
            if (last != null && last.kind() == kinds[i]) {
                zones.set(zones.size() - 1, new Zone(last.start(), block.end(), kinds[i]));
            } else {
                zones.add(new Zone(block.start(), block.end(), kinds[i]));
            }
        }
        return zones;
    }
}
