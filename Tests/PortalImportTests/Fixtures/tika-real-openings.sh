#!/bin/bash
# tika-real-openings.sh: every real opening that imports as written (real-pages/OUTCOMES.tsv, the 2021 form), completed with
# the invented rows, imported as text (the reference); made a Word file laid out as the filled-in template
# (make-real-openings-docx.py) and Apache Tika's text of it (TikaText.java, the jar as make-tika-text.sh says); both imported
# and compared with the reference: preamble and part 一 word for word, the agency and year, the cells against each other.
# MAKER=make-real-openings-layouts.py lays the openings out in the shapes real Word files take instead.
# Writes $WORK/result.txt (default /tmp/tika-real-openings). Needs java and the Tika jar.
set -u
FX=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$FX/../../.." && pwd); W=${WORK:-/tmp/tika-real-openings}; P=${PORTAL:-$ROOT/.build/debug/portal}
rm -rf $W/ref $W/docx $W/tika $W/sites; mkdir -p $W/ref $W/docx $W/tika $W/sites $W/in
awk -F'\t' '$4=="written" && $2=="2021"{print $1"\t"$3}' $FX/real-pages/OUTCOMES.tsv | while IFS=$'\t' read -r path from; do
  name=$(echo "$path" | tr '/' '_' | sed 's/\.[a-z]*$//')
  { sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$FX/real-pages/$path" | perl -0pe 's/\n+\z//'; echo; sed -n "/^${from}/,\$p" $FX/variants/browser-copy.txt; } > "$W/in/$name.txt"
  s=$W/sites/ref-$name; mkdir -p $s; cp -r $ROOT/content $s/
  (cd $s && $P import "$W/in/$name.txt" --site . > out.txt 2>&1)
  folder=$(grep -o '→ content/agencies/[^ ]*' $s/out.txt | head -1 | cut -c5-)
  [ -n "$folder" ] || { echo "ref not written: $name"; continue; }
  mkdir -p $W/ref/$name; cp $s/$folder/*.md $W/ref/$name/; cp $s/$folder/report.yaml $W/ref/$name/
  agency=$(grep '^name:' $s/$(dirname $folder)/agency.yaml | sed 's/^name: *//; s/^"//; s/"$//')
  printf '%s\t%s\n' "$agency" "$(basename $folder)" > $W/ref/$name/agency.txt
done
python3 $FX/${MAKER:-make-real-openings-docx.py} $W/ref $W/docx
java -cp ${TIKA_JAR:-/opt/tika/tika-app-3.3.1.jar} $FX/TikaText.java $W/tika $W/docx/*.docx > /dev/null 2>&1
ls $W/tika | wc -l
# Then: each made Word file and Tika's text of it imported; preamble and 一 compared with the text's import, the
# cells with the baseline (the template's own figures, from the first Word file that imports).
set -u

: > $W/result.txt
for d in $W/ref/*/; do
  name=$(basename $d)
  for kind in docx tika; do
    if [ $kind = docx ]; then file=$W/docx/$name.docx; else file=$W/tika/$name.docx.txt; fi
    [ -f "$file" ] || { echo "$name $kind missing" >> $W/result.txt; continue; }
    s=$W/sites/$kind-$name; rm -rf $s; mkdir -p $s; cp -r $ROOT/content $s/
    (cd $s && $P import "$file" --site . > out.txt 2>&1)
    folder=$(grep -o '→ content/agencies/[^ ]*' $s/out.txt | head -1 | cut -c5-)
    if [ -z "$folder" ] || grep -q "(failed)" $s/out.txt; then
      echo "$name $kind REFUSED: $(grep -o 'error\[[a-z-]*\][^“]*' $s/out.txt | head -2 | tr '\n' ' ' | cut -c1-200)" >> $W/result.txt; continue; fi
    diffs=""
    for m in preamble overview; do if [ -f $d/$m.md ] || [ -f $s/$folder/$m.md ]; then cmp -s $d/$m.md $s/$folder/$m.md || diffs="$diffs $m"; fi; done
    agency=$(grep '^name:' $s/$(dirname $folder)/agency.yaml | sed 's/^name: *//; s/^"//; s/"$//')
    [ "$agency	$(basename $folder)" = "$(cat $d/agency.txt)" ] || diffs="$diffs agency($agency)"
    sed -n '/^proactive:/,$p' $s/$folder/report.yaml > $s/cells.txt
    echo "$name $kind ${diffs:-same}" >> $W/result.txt
  done
done
# cells: every import's tables against the most common
md5sum $W/sites/*/cells.txt 2>/dev/null | awk '{print $1}' | sort | uniq -c | sort -rn | head -3
awk '{print $2, ($3=="same"?"same":($3=="REFUSED:"?"refused":"differs"))}' $W/result.txt | sort | uniq -c
# With MAKER=make-real-openings-layouts.py: the outcomes per layout (layouts.tsv names each file's).
if [ -f $W/docx/layouts.tsv ]; then
  awk 'NR==FNR{layout[$1]=$2; next} {print layout[$1], $2, ($3=="same"?"same":($3=="REFUSED:"?"refused":"differs"))}' \
    $W/docx/layouts.tsv $W/result.txt | sort | uniq -c
fi
