package io.github.ets4j.study;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work done beside the calling thread, on a daemon thread of its own, or on the calling thread when there is no
 * second thread to use; {@link #join()} gives its result or throws its own failure as if it had run on the calling
 * thread. Used where the study command's fixed cost splits cleanly: building the market file's rows, rendering
 * {@code units.csv}.
 *
 * @param <T> the result
 */
final class SideTask<T> {
  private final FutureTask<T> task;
  private final String what;

  private SideTask(FutureTask<T> task, String what) {
    this.task = task;
    this.what = what;
  }

  /**
   * Starts the work.
   *
   * @param what what the work does, for the thread's name and an interruption's message
   * @param beside {@code true} to run on a thread of its own, {@code false} to run now on the calling thread
   * @param work the work
   */
  static <T> SideTask<T> start(String what, boolean beside, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    if (beside) {
      Thread thread = new Thread(task, "ets4j-" + what);
      thread.setDaemon(true);
      thread.start();
    } else {
      task.run();
    }
    return new SideTask<>(task, what);
  }

  /** Waits for the work; its result, or its own failure (a runtime exception or an error) rethrown. */
  T join() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("failed while " + what, cause);
    }
  }
}
