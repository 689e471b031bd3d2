package dev.meshport.simulator;

import dev.meshport.model.ManifestSet;
import dev.meshport.model.load.ManifestLoader;
import java.util.List;

/** Test inputs written inline as YAML, and requests. */
public final class Fixtures {

    private Fixtures() {}

    public static ManifestSet load(String... documents) {
        return new ManifestLoader().loadText("test.yaml", String.join("\n---\n", documents));
    }

    /** A meshed client in its own namespace: it has a proxy, so client-side routing applies. */
    public static final Caller CLIENT = Caller.of("client", "client");

    public static Request request(String methodAndUrl, String... headers) {
        return Request.parse(methodAndUrl, List.of(headers), CLIENT);
    }

    public static Request request(Caller caller, String methodAndUrl, String... headers) {
        return Request.parse(methodAndUrl, List.of(headers), caller);
    }

    /** A Service and a Deployment whose pods it selects (labels app=NAME plus extra), port 80 → container port 8080 "http". */
    public static String serviceAndPods(String namespace, String name, String... extraLabels) {
        StringBuilder labels = new StringBuilder("        app: " + name + "\n");
        for (int i = 0; i + 1 < extraLabels.length; i += 2) {
            labels.append("        ").append(extraLabels[i]).append(": ").append(extraLabels[i + 1]).append('\n');
        }
        return """
                apiVersion: v1
                kind: Service
                metadata: {name: %1$s, namespace: %2$s}
                spec:
                  selector: {app: %1$s}
                  ports: [{name: http, port: 80, targetPort: http}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %1$s%4$s, namespace: %2$s}
                spec:
                  selector: {matchLabels: {app: %1$s}}
                  template:
                    metadata:
                      labels:
                %3$s    spec:
                      serviceAccountName: %1$s
                      containers:
                      - name: app
                        ports: [{name: http, containerPort: 8080}]
                """.formatted(name, namespace, labels, extraLabels.length == 0 ? "" : "-" + extraLabels[extraLabels.length - 1]);
    }
}
