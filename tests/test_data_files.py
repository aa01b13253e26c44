"""The generator's data files read by generator/data's reader (libyaml's, when PyYAML has it)
give exactly the values PyYAML's Python reader gives: the same language data, only quicker."""
import pytest
import yaml

from generator import data
from generator.data import DATA_DIR, read_yaml

DATA_FILES = sorted(DATA_DIR.glob("*.yml"))


def test_there_are_data_files():
    assert len(DATA_FILES) >= 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: path.name)
def test_a_data_file_reads_as_the_python_reader_reads_it(path):
    read = read_yaml(path)
    expected = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    assert read == expected
    assert repr(read) == repr(expected)  # the same types and the same order of keys, not only equal values


def test_the_quick_reader_is_used_when_pyyaml_has_it():
    if not yaml.__with_libyaml__:
        pytest.skip("PyYAML without libyaml: the Python reader is the only one")
    assert data._LOADER is yaml.CSafeLoader


def test_the_reader_stays_safe(tmp_path):
    planted = tmp_path / "planted.yml"
    planted.write_text("!!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        read_yaml(planted)


def test_an_error_names_the_data_file(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("a: 1\nb: [x\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError, match="broken.yml"):
        read_yaml(broken)
