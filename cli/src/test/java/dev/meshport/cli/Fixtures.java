package dev.meshport.cli;

/** Small manifests with known findings, shared by the CLI tests and the samples' end-to-end tests. */
public final class Fixtures {

    /** A valid VirtualService: no finding. */
    public static final String CLEAN = """
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata:
              name: reviews
              namespace: bookinfo
            spec:
              hosts: [reviews]
              http:
              - route:
                - destination:
                    host: reviews
            """;

    /** An unknown field (an error) at line 12, column 5. */
    public static final String BROKEN = CLEAN + """
                retires:
                  attempts: 3
            """;

    /** A document without apiVersion or kind: a warning at line 1, column 1. */
    public static final String WARNING_ONLY = """
            metadata:
              name: reviews
            """;

    private Fixtures() {}
}
