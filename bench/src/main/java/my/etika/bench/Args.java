package my.etika.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options, and {@code KEY='value'} env files written by BenchDirectory. */
final class Args {

    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = values;
    }

    static Args parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            values.put(name, flag ? "true" : args[++i]);
        }
        return new Args(values);
    }

    String value(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }

    int intValue(String name, int defaultValue) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name).replace("_", "")) : defaultValue;
    }

    long longValue(String name, long defaultValue) {
        return values.containsKey(name) ? Long.parseLong(values.get(name).replace("_", "")) : defaultValue;
    }

    double doubleValue(String name, double defaultValue) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : defaultValue;
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    /** Reads a {@code KEY='value'} file as BenchDirectory writes it. */
    static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                String v = line.substring(eq + 1);
                if (v.startsWith("'") && v.endsWith("'") && v.length() >= 2) {
                    v = v.substring(1, v.length() - 1).replace("'\\''", "'");
                }
                env.put(line.substring(0, eq), v);
            }
        }
        return env;
    }
}
