package dev.meshport.bench;

import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.load.InputException;
import dev.meshport.model.load.InputFiles;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.model.load.SourceInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Load throughput of meshport (parse, positions, typed model of every resource) against its floor, a bare SnakeYAML
 * parse of the same files to maps. Both read the files from disk in every round. The rounds alternate so that JIT
 * warm-up and machine noise fall on both alike; the first round of each is reported apart (cold), the median of the
 * others is the warm figure.
 *
 * <p>Usage: {@code LoadBenchmark [DIR_OF_SAMPLES] [DOCUMENTS] [ROUNDS]} — generates DOCUMENTS documents (10,000) in
 * files of 20 from the samples' documents, renamed per copy, in a temporary directory.
 */
public final class LoadBenchmark {

    /** The result of one benchmark run. */
    public record Result(int documents, int files, double floorColdSeconds, double floorWarmSeconds,
                         double loadColdSeconds, double loadWarmSeconds) {

        public double warmRatio() {
            return floorWarmSeconds / loadWarmSeconds;
        }

        public double coldRatio() {
            return floorColdSeconds / loadColdSeconds;
        }
    }

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path dir = Files.createTempDirectory("meshport-bench");
        try {
            Result r = run(samples, dir, documents, rounds);
            System.out.printf("documents: %d in %d files%n", r.documents(), r.files());
            System.out.printf("floor (SnakeYAML to maps): cold %.2f s (%.0f docs/s), warm median %.2f s (%.0f docs/s)%n",
                    r.floorColdSeconds(), r.documents() / r.floorColdSeconds(), r.floorWarmSeconds(), r.documents() / r.floorWarmSeconds());
            System.out.printf("meshport load (parse + positions + typed): cold %.2f s (%.0f docs/s), warm median %.2f s (%.0f docs/s)%n",
                    r.loadColdSeconds(), r.documents() / r.loadColdSeconds(), r.loadWarmSeconds(), r.documents() / r.loadWarmSeconds());
            System.out.printf("throughput relative to the floor: cold %.0f%%, warm %.0f%% (target: at least 50%%)%n",
                    100 * r.coldRatio(), 100 * r.warmRatio());
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public static Result run(Path samples, Path dir, int documents, int rounds) throws IOException, InputException {
        List<Path> files = generate(samples, dir, documents);
        double[] floor = new double[rounds];
        double[] load = new double[rounds];
        int docs = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            docs = parseFloor(files);
            long t1 = System.nanoTime();
            int loaded = loadAll(files);
            long t2 = System.nanoTime();
            if (loaded != docs) {
                throw new IllegalStateException("meshport loaded " + loaded + " documents, SnakeYAML " + docs);
            }
            floor[round] = (t1 - t0) / 1e9;
            load[round] = (t2 - t1) / 1e9;
        }
        return new Result(docs, files.size(), floor[0], median(floor), load[0], median(load));
    }

    /** SnakeYAML's safe load of every document to maps: the least any YAML reader must do. */
    static int parseFloor(List<Path> files) throws IOException {
        int n = 0;
        for (Path f : files) {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            for (Object doc : yaml.loadAll(Files.readString(f, StandardCharsets.UTF_8))) {
                if (doc instanceof Map<?, ?>) {
                    n++;
                }
            }
        }
        return n;
    }

    /** meshport's load: documents with positions, and every resource bound to its typed model. */
    static int loadAll(List<Path> files) throws InputException {
        List<SourceInput> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(SourceInput.file(f, f.getFileName().toString()));
        }
        ManifestSet set = new ManifestLoader().load(inputs).bindAll();
        int typed = 0;
        for (Manifest m : set.all()) {
            if (m.typed() != null) {
                typed++;
            }
        }
        if (typed != set.all().size() || !set.loadFindings().isEmpty()) {
            throw new IllegalStateException("benchmark input must load cleanly: " + set.loadFindings());
        }
        return set.documents();
    }

    /** Writes {@code documents} documents, 20 a file, cycling through the samples' documents with renamed copies. */
    static List<Path> generate(Path samples, Path dir, int documents) throws IOException, InputException {
        List<String> docs = new ArrayList<>();
        for (SourceInput in : InputFiles.expand(samples, samples.toString())) {
            String text = Files.readString(((SourceInput.FileInput) in).path());
            for (String doc : text.split("(?m)^---\\s*$")) {
                if (doc.contains("kind:")) {
                    docs.add(doc.strip() + "\n");
                }
            }
        }
        if (docs.isEmpty()) {
            throw new IOException("no documents in " + samples);
        }
        List<Path> files = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < documents; i++) {
            String doc = docs.get(i % docs.size());
            int copy = i / docs.size();
            file.append("---\n").append(doc.replaceFirst("(?m)^(  name: )(.*)$", "$1$2-" + copy));
            if ((i + 1) % 20 == 0 || i == documents - 1) {
                Path p = dir.resolve(String.format("f%04d.yaml", files.size()));
                Files.writeString(p, file.toString());
                files.add(p);
                file.setLength(0);
            }
        }
        return files;
    }

    private static double median(double[] values) {
        double[] warm = Arrays.copyOfRange(values, values.length > 1 ? 1 : 0, values.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
