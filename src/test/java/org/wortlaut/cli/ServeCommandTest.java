package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServeCommandTest {

    @Test
    void badSettingsAreUsageErrorsBeforeAnythingIsBound() {
        CommandLineRun port = CommandLineRun.of("serve", "--port", "70000");
        assertEquals(UserErrorHandler.USAGE, port.exitCode());
        assertTrue(port.err().contains("--port must be 0 to 65535"), port.err());
        CommandLineRun chars = CommandLineRun.of("serve", "--max-chars", "0");
        assertEquals(UserErrorHandler.USAGE, chars.exitCode());
        assertTrue(chars.err().contains("--max-chars must be positive"), chars.err());
        CommandLineRun limit = CommandLineRun.of("serve", "--time-limit", "-5");
        assertEquals(UserErrorHandler.USAGE, limit.exitCode());
        assertTrue(limit.err().contains("--time-limit must be positive"), limit.err());
    }
}
