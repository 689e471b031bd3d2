package dev.meshport.validator.core;

import dev.meshport.model.Severity;
import dev.meshport.model.load.LoadProblem;
import dev.meshport.validator.RuleMeta;

@RuleMeta(
        id = LoadProblem.DUPLICATE_KEY,
        severity = Severity.ERROR,
        summary = "A mapping repeats a key",
        mesh = "both",
        docs = """
                A key written twice in one mapping is an error for `kubectl apply` (strict decoding) and a silent
                override for other tools, which disagree on which value wins. A second `route:` or `match:` under one
                `http` entry usually means two rules were merged by mistake. meshport uses the last value, as most
                YAML libraries do, and reports the repeated key.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  hosts: [ratings]
                # ^ yaml-duplicate-key
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews, ratings]
                """)
public final class YamlDuplicateKey extends LoadProblemRule {

    public YamlDuplicateKey() {
        super(LoadProblem.DUPLICATE_KEY);
    }
}
