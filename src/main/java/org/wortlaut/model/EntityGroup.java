package org.wortlaut.model;

import java.util.List;

/**
 * All mentions of one thing in one article: "Joe Biden" and "Biden", "NATO" and "Nato".
 *
 * @param id        "g1", "g2", ... in order of first mention
 * @param canonical the fullest name the article uses (or the lexicon's name for it)
 * @param mentions  how many mentions, a measure of salience
 * @param first     offset of the first mention
 * @param entities  ids of the mentions
 */
public record EntityGroup(String id, String canonical, EntityType type, int mentions, int first,
                          List<String> entities) {

    public EntityGroup {
        entities = List.copyOf(entities);
    }
}
