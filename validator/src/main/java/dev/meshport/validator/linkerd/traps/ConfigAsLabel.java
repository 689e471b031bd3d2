package dev.meshport.validator.linkerd.traps;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.PodTemplates;
import java.util.Iterator;

@RuleMeta(
        id = "linkerd-config-as-label",
        severity = Severity.WARNING,
        summary = "A Linkerd setting is written as a label where Linkerd reads an annotation, or the reverse",
        mesh = "linkerd",
        kinds = {"Namespace", "Service", "Pod", "Deployment", "StatefulSet", "DaemonSet"},
        equivalents = {"linkerd check --proxy: data plane pod labels are configured correctly",
                "linkerd check --proxy: data plane service labels are configured correctly",
                "linkerd check --proxy: data plane service annotations are configured correctly"},
        docs = """
                Linkerd reads `linkerd.io/inject`, `config.linkerd.io/*` and `config.alpha.linkerd.io/*` from
                **annotations** of a namespace or pod (template), and opaque ports from annotations of a Service. As
                labels they do nothing: the pod is not injected, or the proxy keeps its defaults. The multicluster
                setting `mirror.linkerd.io/exported` is the reverse: a **label** of a Service, ignored as an annotation.
                Move the key to the right place. Source: `pkg/healthcheck/healthcheck_labels.go`.
                """,
        failing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: emojivoto
                spec:
                  selector:
                    matchLabels: {app: web-svc}
                  template:
                    metadata:
                      labels:
                        app: web-svc
                        linkerd.io/inject: enabled
                #       ^ linkerd-config-as-label
                    spec:
                      containers:
                        - name: web-svc
                          image: buoyantio/emojivoto-web:v11
                """,
        passing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: emojivoto
                spec:
                  selector:
                    matchLabels: {app: web-svc}
                  template:
                    metadata:
                      labels:
                        app: web-svc
                      annotations:
                        linkerd.io/inject: enabled
                    spec:
                      containers:
                        - name: web-svc
                          image: buoyantio/emojivoto-web:v11
                """)
public final class ConfigAsLabel implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        for (PodTemplates.PodTemplate pod : PodTemplates.all(set)) {
            labels(pod.owner(), pod.metadata(), reporter);
        }
        for (Manifest m : set.filter(m -> m.id().group().isEmpty()
                && (m.kind().equals("Namespace") || m.kind().equals("Service")))) {
            labels(m, FieldPath.of("metadata"), reporter);
            if (m.kind().equals("Service")) {
                FieldPath exported = FieldPath.of("metadata", "annotations").key("mirror.linkerd.io/exported");
                if (m.has(exported)) {
                    reporter.report(m, exported, "mirror.linkerd.io/exported is read from the Service's labels, "
                            + "not its annotations; this Service is not exported");
                }
            }
        }
    }

    private static void labels(Manifest m, FieldPath metadata, Reporter reporter) {
        Iterator<String> keys = m.at(metadata.key("labels")).fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (key.equals("linkerd.io/inject") || key.startsWith("config.linkerd.io/")
                    || key.startsWith("config.alpha.linkerd.io/")) {
                reporter.report(m, metadata.key("labels").key(key), key + " is read from annotations, not labels: "
                        + "as a label it does nothing; move it to " + metadata.key("annotations"));
            }
        }
    }
}
