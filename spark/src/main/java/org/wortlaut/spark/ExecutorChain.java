package org.wortlaut.spark;

import org.wortlaut.Wortlaut;
import org.wortlaut.WortlautConfig;

/**
 * The chain of one executor JVM: loaded by the first task that needs it and shared by all the
 * executor's tasks after it ({@link Wortlaut#annotate} is thread-safe), so the models load once
 * per executor, not once per task or partition.
 */
final class ExecutorChain {

    private static Wortlaut chain;

    private ExecutorChain() {
    }

    /** The executor's chain for {@code config}; a job with another configuration replaces it. */
    static synchronized Wortlaut get(WortlautConfig config) {
        if (chain == null || !chain.config().equals(config)) {
            chain = Wortlaut.builder().config(config).build();
        }
        return chain;
    }
}
