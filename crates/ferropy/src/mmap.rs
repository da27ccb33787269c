//! Read-only memory maps of `.mpy` files, so imported bytecode executes in place on the host as
//! it does from flash on a board. Mappings are never unmapped (like ROM they last as long as the
//! program); a file mapped once is mapped again only if it changed, so re-importing a module
//! does not use up address space.

use std::collections::HashMap;
use std::fs::File;
use std::os::fd::AsRawFd;
use std::os::unix::fs::MetadataExt;

/// What identifies one version of a file: device, inode, size, modification time.
type FileIdentity = (u64, u64, u64, i64, i64);

/// The files mapped so far.
#[derive(Default)]
pub struct MappedFiles {
    maps: HashMap<FileIdentity, &'static [u8]>,
}

impl MappedFiles {
    /// The contents of the regular file at `path`, mapped read-only for the rest of the
    /// process; `None` if it cannot be opened or mapped.
    pub fn map(&mut self, path: &str) -> Option<&'static [u8]> {
        let file = File::open(path).ok()?;
        let meta = file.metadata().ok()?;
        if !meta.is_file() {
            return None;
        }
        let id = (meta.dev(), meta.ino(), meta.size(), meta.mtime(), meta.mtime_nsec());
        if let Some(&bytes) = self.maps.get(&id) {
            return Some(bytes);
        }
        let len = usize::try_from(meta.size()).ok()?;
        if len == 0 {
            return Some(&[]);
        }
        // SAFETY: a fresh private read-only mapping of `len` bytes of an open regular file; the
        // kernel picks the address. The result is checked against MAP_FAILED before use.
        let addr = unsafe {
            libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ, libc::MAP_PRIVATE, file.as_raw_fd(), 0)
        };
        if addr == libc::MAP_FAILED {
            return None;
        }
        // SAFETY: the mapping spans `len` readable bytes and is never unmapped, so the slice is
        // valid for the rest of the process (closing the file keeps the mapping). This process
        // never writes to it; like flash being rewritten under running firmware, another
        // process truncating or rewriting the file while the program runs is outside what
        // the runtime guards against.
        let bytes: &'static [u8] = unsafe { std::slice::from_raw_parts(addr as *const u8, len) };
        self.maps.insert(id, bytes);
        Some(bytes)
    }
}
