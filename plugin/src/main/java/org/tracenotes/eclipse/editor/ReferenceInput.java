package org.tracenotes.eclipse.editor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.tracenotes.core.kernel.ReferenceTraces;

/** The model's reference traces, opened read-only in the note editor. */
public final class ReferenceInput implements IStorageEditorInput {

    public static final ReferenceInput SOFT_OFFLINE_6_6 = new ReferenceInput();

    private static final String NAME = "soft-offline-6.6.md (Linux 6.6 reference traces)";

    private final IEncodedStorage storage = new IEncodedStorage() {
        @Override
        public InputStream getContents() {
            return new ByteArrayInputStream(ReferenceTraces.softOffline66().note().text().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getCharset() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public IPath getFullPath() {
            return IPath.fromOSString(ReferenceTraces.SOFT_OFFLINE_6_6);
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean isReadOnly() {
            return true;
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return null;
        }
    };

    @Override
    public IStorage getStorage() {
        return storage;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "The page model's reference traces of the kernel 6.6 soft-offline chain (read-only)";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
