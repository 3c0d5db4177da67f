/* Graph algorithms on a small weighted grid graph: Dijkstra with a binary heap, breadth-first
   search, a topological order of a DAG by Kahn's algorithm and union-find for connected
   components. Weights come from a seeded generator. */
#include "rt.h"

#define W 12
#define NV (W * W)

static u8 cost[NV];
static int dist[NV], prev[NV];
static int heap[NV * 4], hn;

static void hpush(int d, int v)
{
	int i = hn++;
	heap[2 * i] = d;
	heap[2 * i + 1] = v;
	while (i && heap[2 * ((i - 1) / 2)] > heap[2 * i]) {
		int p = (i - 1) / 2;
		int td = heap[2 * p], tv = heap[2 * p + 1];
		heap[2 * p] = heap[2 * i];
		heap[2 * p + 1] = heap[2 * i + 1];
		heap[2 * i] = td;
		heap[2 * i + 1] = tv;
		i = p;
	}
}

static int hpop(int *v)
{
	int d = heap[0];
	*v = heap[1];
	hn--;
	heap[0] = heap[2 * hn];
	heap[1] = heap[2 * hn + 1];
	int i = 0;
	for (;;) {
		int l = 2 * i + 1, r = l + 1, m = i;
		if (l < hn && heap[2 * l] < heap[2 * m]) m = l;
		if (r < hn && heap[2 * r] < heap[2 * m]) m = r;
		if (m == i)
			break;
		int td = heap[2 * m], tv = heap[2 * m + 1];
		heap[2 * m] = heap[2 * i];
		heap[2 * m + 1] = heap[2 * i + 1];
		heap[2 * i] = td;
		heap[2 * i + 1] = tv;
		i = m;
	}
	return d;
}

static int neighbours(int v, int *out)
{
	int n = 0, x = v % W, y = v / W;
	if (x > 0) out[n++] = v - 1;
	if (x < W - 1) out[n++] = v + 1;
	if (y > 0) out[n++] = v - W;
	if (y < W - 1) out[n++] = v + W;
	return n;
}

static int parent[NV];
static int find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
static void unite(int a, int b) { a = find(a); b = find(b); if (a != b) parent[a < b ? b : a] = a < b ? a : b; }

int main(void)
{
	u32 s = 2024;
	for (int i = 0; i < NV; i++) {
		s ^= s << 13;
		s ^= s >> 17;
		s ^= s << 5;
		cost[i] = (u8)(1 + s % 9);
	}
	for (int i = 0; i < NV; i++)
		dist[i] = 0x7fffffff;
	dist[0] = 0;
	hpush(0, 0);
	int pops = 0;
	while (hn) {
		int v, d = hpop(&v);
		pops++;
		if (d > dist[v])
			continue;
		int nb[4], n = neighbours(v, nb);
		for (int k = 0; k < n; k++) {
			int u = nb[k], nd = d + cost[u];
			if (nd < dist[u]) {
				dist[u] = nd;
				prev[u] = v;
				hpush(nd, u);
			}
		}
	}
	show_int("shortest to corner", dist[NV - 1]);
	show_int("heap pops", pops);
	int len = 0;
	for (int v = NV - 1; v; v = prev[v])
		len++;
	show_int("path length", len);

	/* BFS hop counts over cells with cost < 7 */
	static int hop[NV], queue[NV];
	for (int i = 0; i < NV; i++)
		hop[i] = -1;
	int qh = 0, qt = 0, reached = 0, far = 0;
	hop[0] = 0;
	queue[qt++] = 0;
	while (qh < qt) {
		int v = queue[qh++], nb[4], n = neighbours(v, nb);
		reached++;
		if (hop[v] > far) far = hop[v];
		for (int k = 0; k < n; k++)
			if (hop[nb[k]] < 0 && cost[nb[k]] < 7) {
				hop[nb[k]] = hop[v] + 1;
				queue[qt++] = nb[k];
			}
	}
	show_int("bfs reached", reached);
	show_int("bfs farthest", far);

	/* union-find over edges between cells whose costs differ by at most 2 */
	for (int i = 0; i < NV; i++)
		parent[i] = i;
	for (int v = 0; v < NV; v++) {
		int nb[4], n = neighbours(v, nb);
		for (int k = 0; k < n; k++) {
			int d = cost[v] - cost[nb[k]];
			if (d >= -2 && d <= 2)
				unite(v, nb[k]);
		}
	}
	int comps = 0;
	for (int i = 0; i < NV; i++)
		comps += find(i) == i;
	show_int("components", comps);

	/* Kahn's algorithm on a DAG: edge i -> j when j = 2i+1 or j = 3i+2 (j < 40) */
	int indeg[40] = { 0 }, order[40], on = 0, q2[40], h2 = 0, t2 = 0;
	for (int i = 0; i < 40; i++) {
		if (2 * i + 1 < 40) indeg[2 * i + 1]++;
		if (3 * i + 2 < 40) indeg[3 * i + 2]++;
	}
	for (int i = 0; i < 40; i++)
		if (!indeg[i]) q2[t2++] = i;
	while (h2 < t2) {
		int v = q2[h2++];
		order[on++] = v;
		int succ[2] = { 2 * v + 1, 3 * v + 2 };
		for (int k = 0; k < 2; k++)
			if (succ[k] < 40 && --indeg[succ[k]] == 0)
				q2[t2++] = succ[k];
	}
	print_str("topo:");
	for (int i = 0; i < on; i++) {
		print_char(' ');
		print_int(order[i]);
	}
	print_nl();
	return dist[NV - 1];
}
