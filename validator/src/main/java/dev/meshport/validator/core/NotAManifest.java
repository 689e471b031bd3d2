package dev.meshport.validator.core;

import dev.meshport.model.Severity;
import dev.meshport.model.load.LoadProblem;
import dev.meshport.validator.RuleMeta;

@RuleMeta(
        id = LoadProblem.NOT_A_MANIFEST,
        severity = Severity.WARNING,
        summary = "A document is not a Kubernetes object (no apiVersion or kind)",
        mesh = "both",
        docs = """
                Every document in a manifest file must carry `apiVersion` and `kind`. A document without them is
                usually a fragment copied from documentation, a Helm values file, or an object whose header was lost
                in an edit; `kubectl apply` rejects it. meshport skips it. Move values files out of the manifest
                directories, or name only the manifest files on the command line.
                """,
        failing = """
                metadata:
                # ^@1 not-a-manifest
                  name: reviews
                spec:
                  hosts: [reviews]
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                """)
public final class NotAManifest extends LoadProblemRule {

    public NotAManifest() {
        super(LoadProblem.NOT_A_MANIFEST);
    }
}
