//! Where a command's document goes: the file `--output` names, replaced whole through
//! [`atomic_write`](crate::atomic_write), or standard output.

use std::io::{self, IsTerminal, Write};

use crate::atomic_write::Target;
use crate::error::CjmError;
use crate::output::escape_controls_keeping_lines;

/// Runs `write` on buffered standard output. A reader that goes away (`cjm validate | head`)
/// only stops the output: the exit status stays the one the findings decide.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), CjmError> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result.map_err(CjmError::from),
    }
}

/// Writes a document to the opened target whole, or to standard output without one.
pub fn write_output(
    target: Option<Target>,
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), CjmError> {
    match target {
        // A file keeps the text as the maps have it.
        Some(target) => match target.write(render) {
            Err(CjmError::Write { error, .. }) if error.kind() == io::ErrorKind::BrokenPipe => {
                Ok(())
            }
            result => result,
        },
        None if io::stdout().is_terminal() => {
            // Text from a map must not drive the terminal: a title could set the window
            // title or clear the screen.
            let mut text = Vec::new();
            render(&mut text)?;
            let text = String::from_utf8_lossy(&text);
            to_stdout(|out| out.write_all(escape_controls_keeping_lines(&text).as_bytes()))
        }
        None => to_stdout(render),
    }
}
