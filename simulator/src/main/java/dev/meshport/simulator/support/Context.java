package dev.meshport.simulator.support;

import dev.meshport.model.ManifestSet;

/** What every part of one simulation reads: the inputs, their Kubernetes index, the mesh's options, and the notes. */
public record Context<O>(ManifestSet manifests, Workloads workloads, O options, Notes notes) {}
