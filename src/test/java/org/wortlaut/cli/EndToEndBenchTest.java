package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.cli.EndToEndBench.Sample;
import org.wortlaut.cli.EndToEndBench.Spread;

class EndToEndBenchTest {

    private static Sample wall(double seconds) {
        return new Sample(seconds, Double.NaN, Double.NaN, Double.NaN);
    }

    @Test
    void spreadIsTheMedianWithTheSmallestAndLargestRun() {
        assertEquals(new Spread(12.0, 11.5, 30.0), Spread.of(List.of(wall(30.0), wall(11.5), wall(12.0)), Sample::wallSeconds));
        assertEquals(new Spread(11.75, 11.5, 30.0),
            Spread.of(List.of(wall(30.0), wall(11.5), wall(12.0), wall(11.5)), Sample::wallSeconds));
        assertEquals("12.0 [11.5–30.0]", Spread.of(List.of(wall(30.0), wall(11.5), wall(12.0)), Sample::wallSeconds).format(1));
    }

    @Test
    void unreadableFiguresAreShownAsNotAvailable() {
        assertEquals("n/a ", Spread.of(List.of(wall(1.0)), Sample::cpuSeconds).format(4));
    }
}
