//! The same work done to many items at once, one thread per core: compiling a rule pack's
//! patterns at every start, CPU work on items that do not depend on each other, on a machine
//! that often has two cores. [`each`] starts its threads for the work and ends them with it;
//! intake's screening hands a [`Queue`] to threads that live from batch to batch instead.

use std::sync::Mutex;

/// Items handed out one at a time, each with its place, to whichever thread asks next: a
/// thread takes the next item when it is done with one, so a core busy with something else
/// slows the whole only by its share. [`in_order`] puts the results back in the items' order.
pub struct Queue<T> {
    items: Mutex<std::iter::Enumerate<std::vec::IntoIter<T>>>,
    count: usize,
}

impl<T> Queue<T> {
    pub fn new(items: Vec<T>) -> Queue<T> {
        Queue {
            count: items.len(),
            items: Mutex::new(items.into_iter().enumerate()),
        }
    }

    /// How many items there were.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// As many threads as are worth starting: one a core, no more than there are items.
    pub fn threads(&self) -> usize {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        cores.min(self.count)
    }

    /// `work` done to the next item until none is left: what one thread did, with each item's
    /// place.
    pub fn work<R>(&self, work: impl Fn(T) -> R) -> Vec<(usize, R)> {
        let mut done = Vec::new();
        loop {
            let next = self.items.lock().unwrap_or_else(|e| e.into_inner()).next();
            let Some((n, item)) = next else {
                return done;
            };
            done.push((n, work(item)));
        }
    }
}

/// The results of the `count` items of a [`Queue`], from what every thread did, in the order
/// of the items.
pub fn in_order<R>(count: usize, done: impl IntoIterator<Item = Vec<(usize, R)>>) -> Vec<R> {
    let mut results: Vec<Option<R>> = (0..count).map(|_| None).collect();
    for (n, result) in done.into_iter().flatten() {
        results[n] = Some(result);
    }
    results
        .into_iter()
        .map(|result| result.expect("every item is done"))
        .collect()
}

/// `work` done to every item on as many threads as there are cores, started for it (see
/// [`Queue`]); the results in the order of the items. A panic in `work` is raised here.
pub fn each<T, R>(items: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R>
where
    T: Send,
    R: Send,
{
    let queue = Queue::new(items);
    if queue.threads() < 2 {
        return queue.work(work).into_iter().map(|(_, r)| r).collect();
    }
    let (queue, work) = (&queue, &work);
    let done: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..queue.threads())
            .map(|_| scope.spawn(|| queue.work(work)))
            .collect();
        threads
            .into_iter()
            .map(|thread| match thread.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    in_order(queue.len(), done)
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
