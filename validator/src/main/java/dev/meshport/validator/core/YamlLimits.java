package dev.meshport.validator.core;

import dev.meshport.model.Severity;
import dev.meshport.model.load.LoadProblem;
import dev.meshport.validator.RuleMeta;

@RuleMeta(
        id = LoadProblem.LIMITS,
        severity = Severity.ERROR,
        summary = "A document exceeds the alias, nesting or size limits",
        mesh = "both",
        docs = """
                meshport refuses documents that expand past safe limits: more than 50 aliases to collections, nesting
                deeper than 100 levels, more than 250,000 nodes, or a file over 64 MiB. A "billion laughs" document —
                aliases of aliases that expand exponentially — is the classic attack; no real manifest comes close to
                these limits.
                """,
        failing = """
                a: &a [x, x, x, x, x, x, x, x, x, x]
                # ^@1 yaml-limits
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
                g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
                h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
                i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
                j: &j [*i, *i, *i, *i, *i, *i, *i, *i, *i, *i]
                kind: ConfigMap
                """,
        passing = """
                base: &base {app: reviews}
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: reviews, labels: *base}
                """)
public final class YamlLimits extends LoadProblemRule {

    public YamlLimits() {
        super(LoadProblem.LIMITS);
    }
}
