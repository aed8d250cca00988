// The VM lock: whoever holds it may touch the VM (heap, frames, modules).

#if canImport(Glibc)
import Glibc
#endif

/// The interpreter thread holds the lock while it runs and lets go of it around blocking calls
/// (sleep, stdin, file reads) and at a safe point when the service thread asks for it. The
/// service thread (remote exec) has priority: once it asks, the interpreter cannot take the
/// lock back until the service thread is done, so a request is served at the next safe point
/// even in a tight loop, and at once when the interpreter is blocked.
///
/// There is one frame stack, so while the service thread holds the lock the interpreter stays
/// out even when the request itself blocks (its blocking calls keep the lock).
public final class VMLock {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var interpreterHolds = true
    private var serviceHoldsOrWaits = false

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(mutex)
        changed.deallocate()
        mutex.deallocate()
    }

    /// Whether the service thread holds (or is about to hold) the lock; only meaningful to the
    /// thread that holds it.
    var heldByService: Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return serviceHoldsOrWaits && !interpreterHolds
    }

    /// Interpreter thread: lets go of the lock (before a blocking call or at a safe point).
    func releaseByInterpreter() {
        pthread_mutex_lock(mutex)
        interpreterHolds = false
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(mutex)
    }

    /// Interpreter thread: takes the lock back, after any request the service thread wants to run.
    func acquireByInterpreter() {
        pthread_mutex_lock(mutex)
        while serviceHoldsOrWaits { pthread_cond_wait(changed, mutex) }
        interpreterHolds = true
        pthread_mutex_unlock(mutex)
    }

    /// Service thread: announces that it wants the lock, calls `askInterpreter` so the
    /// interpreter lets go at its next safe point, and waits until it has.
    func acquireByService(askInterpreter: () -> Void) {
        pthread_mutex_lock(mutex)
        serviceHoldsOrWaits = true
        askInterpreter()
        while interpreterHolds { pthread_cond_wait(changed, mutex) }
        pthread_mutex_unlock(mutex)
    }

    func releaseByService() {
        pthread_mutex_lock(mutex)
        serviceHoldsOrWaits = false
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(mutex)
    }
}
