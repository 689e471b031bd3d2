package dev.meshport.samples;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/** ApprovalTests reads these by name: approved files live in src/test/resources, and no diff tool is launched. */
public class PackageSettings {
    public static String ApprovalBaseDirectory = "../resources";
    public static ApprovalFailureReporter UseReporter = new QuietReporter();
}
