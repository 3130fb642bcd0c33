/**
 * The tune page: per variant the verdict and period check, the chart of false alarms against latency, a
 * table of the top settings (recommendation, runners-up, then the Pareto front by false alarms), the
 * recommendation's figures per fault with Wilson 95% intervals, the companion static alarms and what each
 * adds, and the deploy snippets; then the grid.
 *
 * @example
 * renderHtml(tunePage(result, charts, snippets));
 */
export function tunePage(result, charts, snippets) {
    const sections = [];
    for (const variant of result.variants) {
        const name = result.variants.length > 1 ? ` — ${variant.variant}` : '';
        const chart = charts.find((c) => c.variant === variant.variant);
        sections.push({
            heading: `Recommendation${name}`,
            text: `${variant.verdict}\n\nPeriod check: ${variant.periodCheck.message}${variant.periodCheck.flagged ? ' (flagged)' : ''}`,
            table: topSettingsTable(variant, result.goals.length > 0),
            ...(chart ? { chart: { id: chart.id, spec: chart.spec } } : {}),
        });
        const shown = variant.recommended ?? variant.comparedWith;
        const figures = variant.settings[shown];
        sections.push({
            heading: `${variant.recommended !== null ? 'Recommended setting, per fault' : 'No recommendation: the quietest setting, per fault'}${name}`,
            text: `${figures.label}. Detection rates with Wilson 95% intervals over ${result.trials} trials.`,
            table: {
                columns: ['fault', 'detected', 'rate', '95% interval', 'p50 (min)', 'p90 (min)'],
                rows: figures.faults.map((f) => [f.fault, `${f.detected}/${f.trials}`, pct(f.detectionRate), `${pct(f.detectionInterval.lower)}–${pct(f.detectionInterval.upper)}`, num(f.latencyP50), num(f.latencyP90)]),
            },
        });
        sections.push({
            heading: `Companion static alarms${name}`,
            text: `Run on the same trials. "Only it catches" counts the trials of each fault that the band setting above missed and the static alarm caught; "together" is the share caught by either.`,
            table: {
                columns: ['alarm', 'role', 'false alarms/week', 'fault', 'detected', 'p50 (min)', 'only it catches', 'together'],
                rows: variant.companions.flatMap((c) => c.faults.map((f, j) => [
                    j === 0 ? c.name : '',
                    j === 0 ? c.role : '',
                    j === 0 ? c.falseAlarmsPerWeek.toFixed(2) : '',
                    f.fault,
                    pct(f.detectionRate),
                    num(f.latencyP50),
                    f.onlyThisCatches,
                    pct(f.combinedDetectionRate),
                ])),
            },
        });
        const snippet = snippets.get(variant.variant);
        if (typeof snippet === 'string')
            sections.push({ heading: `Deploy${name}`, text: snippet });
        else if (snippet) {
            sections.push({ heading: `Deploy: CloudFormation${name}`, text: 'deploy/cloudformation.yaml', preformatted: snippet.cloudFormation });
            sections.push({ heading: `Deploy: Terraform${name}`, text: 'deploy/main.tf', preformatted: snippet.terraform });
        }
    }
    sections.push({
        heading: 'Grid',
        text: `Base alarm "${result.baseAlarm}". Every setting ran the same ${result.trials} trials (seed ${result.seed}). Budget: ${result.maxFalseAlarmsPerWeek} false alarms per week.${result.goals.length ? ` Goals: ${result.goals.map((g) => `${g.fault} within ${g.withinMinutes} min in ${Math.round(g.minShare * 100)}% of trials`).join('; ')}.` : ''}`,
        preformatted: JSON.stringify(result.grid, null, 2),
    });
    return { title: `bandsim tune: ${result.scenario}`, subtitle: `${result.variants[0]?.settings.length ?? 0} settings × ${result.trials} trials`, sections };
}
function topSettingsTable(variant, withGoals) {
    const order = [
        ...(variant.recommended !== null ? [variant.recommended] : []),
        ...variant.runnersUp,
        ...variant.settings
            .map((s, i) => ({ s, i }))
            .filter(({ s }) => s.onFront)
            .sort((a, b) => a.s.falseAlarmsPerWeek - b.s.falseAlarmsPerWeek || b.s.detectionRate - a.s.detectionRate)
            .map(({ i }) => i),
    ];
    const rows = [...new Set(order)].slice(0, 12).map((i) => {
        const s = variant.settings[i];
        const role = i === variant.recommended ? 'recommended' : variant.runnersUp.includes(i) ? 'runner-up' : 'front';
        const row = [role, s.label, s.falseAlarmsPerWeek.toFixed(2), pct(s.detectionRate), num(s.latencyP50)];
        return withGoals ? [...row, s.goals.map((g) => `${g.met ? '✓' : '✗'} ${pct(g.share)}`).join(' ')] : row;
    });
    const columns = ['', 'setting', 'false alarms/week', 'detected (mean over faults)', 'median latency (min)'];
    return { columns: withGoals ? [...columns, 'goals (share in time)'] : columns, rows };
}
function pct(x) {
    return `${Math.round(x * 1000) / 10}%`;
}
function num(x) {
    return x === null ? '–' : String(Number(x.toPrecision(4)));
}
