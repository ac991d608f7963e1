//! Typed tables written row by row as CSV and/or Parquet.
//!
//! Rows stream to CSV as they come; Parquet rows are buffered into row
//! groups of [`ROW_GROUP`] rows, so memory stays bounded whatever the corpus
//! size. Every column is nullable; Parquet columns are typed (utf8, int64,
//! float64, date32, list<utf8>) so that DuckDB, pandas and Polars read
//! numbers as numbers and dates as dates. In CSV a date is ISO 8601 and a
//! list is its items joined by [`LIST_SEPARATOR`].
//!
//! A row is written as (column name, cell) pairs, checked against the
//! table's columns: a producer cannot put a value under the wrong column by
//! position.

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;
use std::sync::Arc;

use arrow_array::builder::{Date32Builder, Float64Builder, Int64Builder, ListBuilder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::{Staged, WriteError};

/// Rows per Parquet row group.
pub const ROW_GROUP: usize = 16_384;

/// A row group also closes at this many bytes of text: memory stays bounded
/// when rows are long (article texts), and an Arrow string column never
/// nears its 2 GiB offset limit.
pub const ROW_GROUP_TEXT_BYTES: usize = 128 << 20;

/// Between the items of a list in CSV.
pub const LIST_SEPARATOR: &str = " | ";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    Int,
    Float,
    Date,
    List,
}

pub struct Column {
    pub name: &'static str,
    pub ty: ColumnType,
}

pub const fn text(name: &'static str) -> Column {
    Column { name, ty: ColumnType::Text }
}

pub const fn int(name: &'static str) -> Column {
    Column { name, ty: ColumnType::Int }
}

pub const fn float(name: &'static str) -> Column {
    Column { name, ty: ColumnType::Float }
}

pub const fn date(name: &'static str) -> Column {
    Column { name, ty: ColumnType::Date }
}

pub const fn list(name: &'static str) -> Column {
    Column { name, ty: ColumnType::List }
}

/// A table's name (its file stem) and columns.
pub struct TableSpec {
    pub name: &'static str,
    pub columns: &'static [Column],
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Float(f64),
    Date(chrono::NaiveDate),
    List(Vec<String>),
    Null,
}

impl From<chrono::NaiveDate> for Cell {
    fn from(d: chrono::NaiveDate) -> Cell {
        Cell::Date(d)
    }
}

impl From<Vec<String>> for Cell {
    fn from(items: Vec<String>) -> Cell {
        Cell::List(items)
    }
}

impl From<f64> for Cell {
    fn from(x: f64) -> Cell {
        Cell::Float(x)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}

impl From<usize> for Cell {
    fn from(n: usize) -> Cell {
        Cell::Int(n as i64)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Cell {
        v.map_or(Cell::Null, Into::into)
    }
}

/// Which table files to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableFormats {
    pub csv: bool,
    pub parquet: bool,
}

pub struct TableWriter {
    spec: &'static TableSpec,
    csv: Option<(Staged, csv::Writer<BufWriter<File>>)>,
    parquet: Option<(Staged, ArrowWriter<File>)>,
    buffer: Vec<Vec<Cell>>,
    buffered_text: usize,
    rows: usize,
}

impl TableWriter {
    pub fn create(dir: &Path, spec: &'static TableSpec, formats: TableFormats) -> Result<TableWriter, WriteError> {
        let csv = if formats.csv {
            let (staged, file) = Staged::create(dir.join(format!("{}.csv", spec.name)))?;
            let mut writer = csv::Writer::from_writer(BufWriter::new(file));
            writer.write_record(spec.columns.iter().map(|c| c.name)).map_err(|e| WriteError::new(&staged.path, e))?;
            Some((staged, writer))
        } else {
            None
        };
        let parquet = if formats.parquet {
            let (staged, file) = Staged::create(dir.join(format!("{}.parquet", spec.name)))?;
            let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
            let writer = ArrowWriter::try_new(file, schema(spec), Some(props)).map_err(|e| WriteError::new(&staged.path, e))?;
            Some((staged, writer))
        } else {
            None
        };
        Ok(TableWriter { spec, csv, parquet, buffer: Vec::new(), buffered_text: 0, rows: 0 })
    }

    /// Writes one row, given as (column, cell) in the table's column order.
    pub fn write(&mut self, named: Vec<(&'static str, Cell)>) -> Result<(), WriteError> {
        let names = named.iter().map(|(name, _)| *name);
        if !names.clone().eq(self.spec.columns.iter().map(|c| c.name)) {
            let written: Vec<&str> = names.collect();
            return Err(WriteError::new(Path::new(self.spec.name), format!("row columns {written:?} are not the table's")));
        }
        let row: Vec<Cell> = named.into_iter().map(|(_, cell)| cell).collect();
        if let Some((staged, csv)) = &mut self.csv {
            let path = &staged.path;
            let fields = row.iter().map(|cell| match cell {
                Cell::Text(s) => s.clone(),
                Cell::Int(n) => n.to_string(),
                Cell::Float(x) => x.to_string(),
                Cell::Date(d) => d.to_string(),
                Cell::List(items) => items.join(LIST_SEPARATOR),
                Cell::Null => String::new(),
            });
            csv.write_record(fields).map_err(|e| WriteError::new(path, e))?;
        }
        self.rows += 1;
        if self.parquet.is_some() {
            self.buffered_text += row.iter().map(|cell| if let Cell::Text(s) = cell { s.len() } else { 0 }).sum::<usize>();
            self.buffer.push(row);
            if self.buffer.len() >= ROW_GROUP || self.buffered_text >= ROW_GROUP_TEXT_BYTES {
                self.flush_parquet()?;
            }
        }
        Ok(())
    }

    fn flush_parquet(&mut self) -> Result<(), WriteError> {
        let Some((staged, writer)) = &mut self.parquet else { return Ok(()) };
        let path = &staged.path;
        if self.buffer.is_empty() {
            return Ok(());
        }
        let columns: Vec<ArrayRef> = self
            .spec
            .columns
            .iter()
            .enumerate()
            .map(|(i, column)| column_array(column.ty, self.buffer.iter().map(|row| &row[i])))
            .collect();
        let batch = RecordBatch::try_new(schema(self.spec), columns).map_err(|e| WriteError::new(path, e))?;
        writer.write(&batch).map_err(|e| WriteError::new(path, e))?;
        writer.flush().map_err(|e| WriteError::new(path, e))?;
        self.buffer.clear();
        self.buffered_text = 0;
        Ok(())
    }

    /// Flushes and closes the files; returns the number of rows written.
    pub fn finish(mut self) -> Result<usize, WriteError> {
        self.flush_parquet()?;
        if let Some((staged, mut csv)) = self.csv.take() {
            csv.flush().map_err(|e| WriteError::new(&staged.path, e))?;
            drop(csv);
            staged.commit()?;
        }
        if let Some((staged, writer)) = self.parquet.take() {
            writer.close().map_err(|e| WriteError::new(&staged.path, e))?;
            staged.commit()?;
        }
        Ok(self.rows)
    }
}

/// Rows of a table (see [`crate::rows`]) as one Arrow batch with the
/// table's schema — the columns and types of its Parquet file.
pub fn record_batch(spec: &TableSpec, rows: Vec<Vec<(&'static str, Cell)>>) -> Result<RecordBatch, String> {
    let mut cells: Vec<Vec<Cell>> = Vec::with_capacity(rows.len());
    for row in rows {
        if !row.iter().map(|(name, _)| *name).eq(spec.columns.iter().map(|c| c.name)) {
            return Err(format!("a row's columns are not those of table {}", spec.name));
        }
        cells.push(row.into_iter().map(|(_, cell)| cell).collect());
    }
    let columns: Vec<ArrayRef> = spec.columns.iter().enumerate().map(|(i, column)| column_array(column.ty, cells.iter().map(|row| &row[i]))).collect();
    RecordBatch::try_new(schema(spec), columns).map_err(|e| e.to_string())
}

pub fn schema(spec: &TableSpec) -> Arc<Schema> {
    let fields: Vec<Field> = spec
        .columns
        .iter()
        .map(|c| {
            let ty = match c.ty {
                ColumnType::Text => DataType::Utf8,
                ColumnType::Int => DataType::Int64,
                ColumnType::Float => DataType::Float64,
                ColumnType::Date => DataType::Date32,
                ColumnType::List => DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
            };
            Field::new(c.name, ty, true)
        })
        .collect();
    Arc::new(Schema::new(fields))
}

/// One column of buffered rows; a cell of the wrong type is a bug in the
/// table's producer and becomes null rather than a crash in a batch job.
fn column_array<'a>(ty: ColumnType, cells: impl Iterator<Item = &'a Cell>) -> ArrayRef {
    match ty {
        ColumnType::Text => {
            let mut b = StringBuilder::new();
            for cell in cells {
                match cell {
                    Cell::Text(s) => b.append_value(s),
                    _ => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        ColumnType::Int => {
            let mut b = Int64Builder::new();
            for cell in cells {
                match cell {
                    Cell::Int(n) => b.append_value(*n),
                    _ => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        ColumnType::Float => {
            let mut b = Float64Builder::new();
            for cell in cells {
                match cell {
                    Cell::Float(x) => b.append_value(*x),
                    Cell::Int(n) => b.append_value(*n as f64),
                    _ => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        ColumnType::Date => {
            let mut b = Date32Builder::new();
            let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("the epoch is a date");
            for cell in cells {
                match cell {
                    Cell::Date(d) => b.append_value((*d - epoch).num_days() as i32),
                    _ => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        ColumnType::List => {
            let mut b = ListBuilder::new(StringBuilder::new());
            for cell in cells {
                match cell {
                    Cell::List(items) => {
                        for item in items {
                            b.values().append_value(item);
                        }
                        b.append(true);
                    }
                    _ => b.append(false),
                }
            }
            Arc::new(b.finish())
        }
    }
}
