//! POSIX signal handling for the host: Ctrl-C (SIGINT) sets the VM's interrupt flag, which the
//! interpreter turns into `KeyboardInterrupt` at its next backward jump.

use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

/// The flag the SIGINT handler sets (written once, before the handler is installed).
static FLAG: AtomicPtr<AtomicBool> = AtomicPtr::new(std::ptr::null_mut());

extern "C" fn on_sigint(_signal: libc::c_int) {
    let flag = FLAG.load(Ordering::Relaxed);
    if !flag.is_null() {
        // SAFETY: `flag` points to a `'static` AtomicBool stored before the handler was
        // installed; an atomic store is async-signal-safe.
        unsafe { (*flag).store(true, Ordering::Relaxed) };
    }
}

/// Makes SIGINT set `flag` instead of killing the process.
pub fn install_sigint(flag: &'static AtomicBool) {
    FLAG.store(flag as *const AtomicBool as *mut AtomicBool, Ordering::Relaxed);
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: installing a handler that only performs an atomic store, which is
    // async-signal-safe; `signal` has no other preconditions.
    unsafe { libc::signal(libc::SIGINT, handler as libc::sighandler_t) };
}

/// Keeps SIGINT from being delivered to the calling thread (the process's other threads then
/// receive it).
pub fn block_sigint_on_this_thread() {
    // SAFETY: the set is initialised by sigemptyset before use; pthread_sigmask only changes
    // this thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// `micropython.kbd_intr(c)`: Ctrl-C (3) keeps the KeyboardInterrupt handler; any other
/// character restores SIGINT's default action, as MicroPython's unix port does.
pub fn set_interrupt_char(c: i32) {
    if c == 3 {
        let handler: extern "C" fn(libc::c_int) = on_sigint;
        // SAFETY: as in `install_sigint`.
        unsafe { libc::signal(libc::SIGINT, handler as libc::sighandler_t) };
    } else {
        // SAFETY: restoring the default disposition has no preconditions.
        unsafe { libc::signal(libc::SIGINT, libc::SIG_DFL) };
    }
}
