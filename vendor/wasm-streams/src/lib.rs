//! Rust streams to and from JavaScript `ReadableStream`s: the part of the
//! published `wasm-streams` 0.5 that `server_fn` calls (`from_raw`,
//! `from_stream`, `into_raw`, `into_stream`), written with closures instead
//! of classes exported through `#[wasm_bindgen]`. An exported class is kept
//! in every app that links the crate, used or not; closures are kept only
//! where they are made. Fulcrum has no server functions, so none of this
//! ends up in its WebAssembly. Tested in `tests/browser.rs`.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures_util::stream::{Stream, StreamExt};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue, UnwrapThrowExt};
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{
    QueuingStrategy, ReadableStreamDefaultController, ReadableStreamDefaultReader,
    ReadableStreamReadResult, UnderlyingSource,
};

/// A JavaScript `ReadableStream`, to be read or handed on.
#[derive(Debug)]
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

type Source = Pin<Box<dyn Stream<Item = Result<JsValue, JsValue>>>>;

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream { raw }
    }

    /// A `ReadableStream` that pulls each chunk from `stream` when asked: an
    /// `Err` errors the JavaScript stream, the end closes it.
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        let shared: Rc<RefCell<Option<Source>>> = Rc::new(RefCell::new(Some(Box::pin(stream))));
        let pulled = shared.clone();
        let pull = Closure::<dyn FnMut(ReadableStreamDefaultController) -> js_sys::Promise>::new(
            move |controller: ReadableStreamDefaultController| {
                let source = pulled.clone();
                future_to_promise(async move {
                    // Taken out while awaited: the stream asks for one chunk
                    // at a time (high-water mark 0), so no pull overlaps.
                    let Some(mut stream) = source.borrow_mut().take() else {
                        return Ok(JsValue::UNDEFINED);
                    };
                    match stream.next().await {
                        Some(Ok(chunk)) => {
                            controller.enqueue_with_chunk(&chunk)?;
                            *source.borrow_mut() = Some(stream);
                        }
                        Some(Err(error)) => return Err(error),
                        None => controller.close()?,
                    }
                    Ok(JsValue::UNDEFINED)
                })
            },
        );
        let cancel = Closure::<dyn FnMut(JsValue)>::new(move |_reason: JsValue| {
            shared.borrow_mut().take();
        });
        let source = UnderlyingSource::new();
        // JavaScript owns the closures from here, for as long as the stream lives.
        source.set_pull(pull.into_js_value().unchecked_ref());
        source.set_cancel(cancel.into_js_value().unchecked_ref());
        let strategy = QueuingStrategy::new();
        strategy.set_high_water_mark(0.0);
        let raw = web_sys::ReadableStream::new_with_underlying_source_and_strategy(
            &source, &strategy,
        )
        // Throws only for an invalid source or strategy, as the published
        // crate's constructor does.
        .expect_throw("a ReadableStream from a pull function and a high-water mark");
        ReadableStream { raw }
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// The chunks, read one at a time; the stream ends after an error.
    pub fn into_stream(self) -> IntoStream {
        IntoStream {
            reader: Some(self.raw.get_reader().unchecked_into()),
            pending: None,
        }
    }
}

/// The chunks of a JavaScript stream, as a Rust [`Stream`]. Holds the
/// stream's reader, and releases it when dropped.
#[must_use = "streams do nothing unless polled"]
pub struct IntoStream {
    reader: Option<ReadableStreamDefaultReader>,
    pending: Option<JsFuture>,
}

impl Stream for IntoStream {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let Some(reader) = &this.reader else {
            return Poll::Ready(None);
        };
        let read = this
            .pending
            .get_or_insert_with(|| JsFuture::from(reader.read()));
        let outcome = match Pin::new(read).poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(outcome) => outcome,
        };
        this.pending = None;
        match outcome {
            Ok(result) => {
                let result: ReadableStreamReadResult = result.unchecked_into();
                if result.get_done().unwrap_or(false) {
                    this.release();
                    Poll::Ready(None)
                } else {
                    Poll::Ready(Some(Ok(result.get_value())))
                }
            }
            Err(error) => {
                this.release();
                Poll::Ready(Some(Err(error)))
            }
        }
    }
}

impl IntoStream {
    fn release(&mut self) {
        if let Some(reader) = self.reader.take() {
            reader.release_lock();
        }
    }
}

impl Drop for IntoStream {
    fn drop(&mut self) {
        self.release();
    }
}
