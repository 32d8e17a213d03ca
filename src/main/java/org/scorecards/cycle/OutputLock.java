package org.scorecards.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output folder. A second run on the same {@code --output} (with another job repository,
 * so Spring Batch cannot tell) removed the first run's temporary files and broke it; it is now refused. The lock
 * is the operating system's ({@link FileChannel#tryLock}) on {@code <output>/.lock}, beside the published years,
 * so it is released even when the process is killed.
 */
final class OutputLock implements AutoCloseable {

	static final String FILE = ".lock";

	private final FileChannel channel;

	private final FileLock lock;

	private OutputLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock, or fails with a sentence saying another run holds it. */
	static OutputLock take(Path output) {
		FileChannel channel = null;
		try {
			Files.createDirectories(output);
			channel = FileChannel.open(output.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null; // held by this process already
			}
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("another run is writing to " + output
						+ "; wait until it ends (or stop it), then run again");
			}
			return new OutputLock(channel, lock);
		}
		catch (IOException ex) {
			try {
				if (channel != null) {
					channel.close();
				}
			}
			catch (IOException ignored) {
				// The failure to report is the first one.
			}
			throw new UncheckedIOException("cannot write to the output folder " + output + " ("
					+ ex.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
					+ ": " + ex.getMessage() + ")", ex);
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
