package cn.projectdesk.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on the data folder: one ProjectDesk process per folder. The OS releases it when the
 * process dies, so a crash never leaves a stale lock behind.
 */
final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path folder) {
        Path file = folder.resolve("projectdesk.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw alreadyRunning(folder, null);
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyRunning(folder, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException(StorageException.Reason.NOT_WRITABLE,
                    "Cannot lock the data folder " + folder + ": " + e.getMessage(), e, folder, e.getMessage());
        }
    }

    private static StorageException alreadyRunning(Path folder, Throwable cause) {
        return new StorageException(StorageException.Reason.ALREADY_RUNNING,
                "ProjectDesk is already running with the data folder " + folder
                        + ". Switch to the open window, or close it first.", cause, folder);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new IllegalStateException("could not release the data folder lock", e);
        }
    }
}
