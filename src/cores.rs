//! The same work done to many items at once, one thread per core: compiling a rule pack's
//! patterns at every start, CPU work on items that do not depend on each other, on a machine
//! that often has two cores. The threads are started for the work and end with it; intake's
//! screening keeps threads of its own (`intake::screening`), which live from batch to batch.

use std::sync::Mutex;

/// `work` done to every item on as many threads as there are cores, the results in the order
/// of the items. Each thread takes the next item when it is done with one, so a core busy with
/// something else slows the whole only by its share. A panic in `work` is raised here.
pub fn each<T, R>(items: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R>
where
    T: Send,
    R: Send,
{
    let count = items.len();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if count < 2 || cores < 2 {
        return items.into_iter().map(work).collect();
    }
    let queue = Mutex::new(items.into_iter().enumerate());
    let work = &work;
    let take = || queue.lock().unwrap_or_else(|e| e.into_inner()).next();
    let done: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..cores.min(count))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some((n, item)) = take() {
                        done.push((n, work(item)));
                    }
                    done
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|thread| match thread.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    let mut results: Vec<Option<R>> = (0..count).map(|_| None).collect();
    for (n, result) in done.into_iter().flatten() {
        results[n] = Some(result);
    }
    results
        .into_iter()
        .map(|result| result.expect("every item is done"))
        .collect()
}

/// `first` and `second` done at once, on two threads; what each gives, in that order. A panic
/// in either is raised here.
pub fn both<A, B>(first: impl FnOnce() -> A + Send, second: impl FnOnce() -> B) -> (A, B)
where
    A: Send,
{
    std::thread::scope(|scope| {
        let first = scope.spawn(first);
        let second = second();
        match first.join() {
            Ok(first) => (first, second),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_the_order_of_the_items() {
        let items: Vec<u64> = (0..1000).collect();
        let squares = each(items, |n| {
            // Uneven work, so that threads finish their items out of order.
            if n % 7 == 0 {
                std::thread::yield_now();
            }
            n * n
        });
        assert_eq!(squares, (0..1000).map(|n| n * n).collect::<Vec<_>>());
    }

    #[test]
    #[should_panic(expected = "item 3")]
    fn a_panic_in_the_work_is_raised_to_the_caller() {
        each(vec![1, 2, 3, 4], |n| {
            if n == 3 {
                panic!("item 3");
            }
            n
        });
    }
}
