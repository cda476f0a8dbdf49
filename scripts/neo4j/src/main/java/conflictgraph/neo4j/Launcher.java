package conflictgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;

/**
 * Starts the Neo4j Community server and ties its life to the process that started it.
 *
 * The Node process keeps this JVM's stdin open as a pipe. When that process goes away for any reason,
 * including SIGKILL or a crash, the kernel closes the pipe, read() returns end-of-file and we exit, which
 * runs Neo4j's own shutdown hook: the store is closed cleanly and no orphan JVM keeps the port bound.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (Boolean.getBoolean("conflictgraph.exitWithParent")) {
            Thread watchdog = new Thread(Launcher::exitWhenStdinCloses, "parent-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        org.neo4j.server.CommunityEntryPoint.main(args);
    }

    private static void exitWhenStdinCloses() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Anything written to us is ignored: only end-of-file matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as end-of-file: the parent is gone.
        }
        System.err.println("local-neo4j: the process that started Neo4j is gone; shutting down");
        System.exit(0);
    }
}
