package io.github.ets4j.study.cli;

import io.github.ets4j.study.RulebookStudyRules;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The entry point of {@code ets-study.jar}: runs {@link StudyCommand} under China's national rules and
 * exits with its code.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the study command line and exits.
   *
   * @param args the command-line arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    System.exit(StudyCommand.execute(RulebookStudyRules::of, out, err, args));
  }
}
