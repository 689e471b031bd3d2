package dev.meshport.samples.translate;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/** ApprovalTests settings: approved files under src/test/resources, no diff tool launched. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
    public static ApprovalFailureReporter UseReporter = new QuietReporter();
}
