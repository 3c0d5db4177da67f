/* A stack-machine interpreter whose dispatch is a dense switch (a jump table at -O2), running
   small bytecode programs: a loop summing squares, Euclid's gcd, and a factorial by recursion
   through CALL/RET. */
#include "rt.h"

enum {
	PUSH, POP, DUP, SWAP, OVER, ADD, SUB, MUL, DIV, MOD, NEG, AND, OR, XOR, SHL, SHR,
	EQ, LT, GT, NOT, JMP, JZ, JNZ, CALL, RET, LOAD, STORE, PRINT, INC, DEC, ROT, HALT,
};

static int stack[256], rstack[64], vars[16];

static int run(const int *code, int *steps)
{
	int sp = 0, rsp = 0, pc = 0, n = 0;
	for (;;) {
		int op = code[pc++];
		n++;
		switch (op) {
		case PUSH: stack[sp++] = code[pc++]; break;
		case POP: sp--; break;
		case DUP: stack[sp] = stack[sp - 1]; sp++; break;
		case SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
		case OVER: stack[sp] = stack[sp - 2]; sp++; break;
		case ADD: sp--; stack[sp - 1] += stack[sp]; break;
		case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
		case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
		case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
		case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
		case NEG: stack[sp - 1] = -stack[sp - 1]; break;
		case AND: sp--; stack[sp - 1] &= stack[sp]; break;
		case OR: sp--; stack[sp - 1] |= stack[sp]; break;
		case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
		case SHL: sp--; stack[sp - 1] <<= stack[sp]; break;
		case SHR: sp--; stack[sp - 1] = (int)((unsigned)stack[sp - 1] >> stack[sp]); break;
		case EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
		case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
		case GT: sp--; stack[sp - 1] = stack[sp - 1] > stack[sp]; break;
		case NOT: stack[sp - 1] = !stack[sp - 1]; break;
		case JMP: pc = code[pc]; break;
		case JZ: pc = stack[--sp] ? pc + 1 : code[pc]; break;
		case JNZ: pc = stack[--sp] ? code[pc] : pc + 1; break;
		case CALL: rstack[rsp++] = pc + 1; pc = code[pc]; break;
		case RET: pc = rstack[--rsp]; break;
		case LOAD: stack[sp++] = vars[code[pc++]]; break;
		case STORE: vars[code[pc++]] = stack[--sp]; break;
		case PRINT: print_str("vm: "); print_int(stack[--sp]); print_nl(); break;
		case INC: stack[sp - 1]++; break;
		case DEC: stack[sp - 1]--; break;
		case ROT: { int t = stack[sp - 3]; stack[sp - 3] = stack[sp - 2]; stack[sp - 2] = stack[sp - 1]; stack[sp - 1] = t; break; }
		case HALT: *steps = n; return sp ? stack[sp - 1] : 0;
		default: print_str("bad opcode\n"); *steps = n; return -1;
		}
	}
}

/* sum of i*i for i in 1..100, with var 0 = i, var 1 = sum */
static const int squares[] = {
	PUSH, 0, STORE, 1, PUSH, 1, STORE, 0,
	/* 8: */ LOAD, 0, DUP, MUL, LOAD, 1, ADD, STORE, 1,
	LOAD, 0, INC, DUP, STORE, 0, PUSH, 101, LT, JNZ, 8,
	LOAD, 1, DUP, PRINT, HALT,
};

/* gcd(1071, 462) and gcd(2^20 * 3, 6^9) by Euclid's algorithm */
static const int gcd[] = {
	PUSH, 1071, PUSH, 462, CALL, 14, PRINT,
	PUSH, 3145728, PUSH, 10077696, CALL, 14, HALT,
	/* 14: a b -> gcd */ DUP, JZ, 24, SWAP, OVER, MOD, JMP, 14, HALT, HALT,
	/* 24: */ POP, RET,
};

/* factorial(12) by recursion, bit logic and shifts on the result */
static const int fact[] = {
	PUSH, 12, CALL, 9, DUP, PRINT, PUSH, 0, HALT,
	/* 9: n -> n! */ DUP, PUSH, 2, LT, JNZ, 21, DUP, DEC, CALL, 9, MUL, RET,
	/* 21: */ POP, PUSH, 1, RET,
};

static const int bits[] = {
	PUSH, 0x1234, PUSH, 4, SHL, PUSH, 0xff0f, AND, PUSH, 0x5a, XOR, PUSH, 3, OR, DUP, PRINT,
	PUSH, -100, PUSH, 28, SHR, PRINT, PUSH, 7, PUSH, 3, PUSH, 5, ROT, SUB, SUB, PRINT,
	PUSH, 5, PUSH, 5, EQ, PUSH, 3, PUSH, 4, GT, NOT, ADD, NEG, PUSH, -7, PUSH, 2, DIV, ADD, PRINT,
	PUSH, 99, HALT,
};

int main(void)
{
	int steps, total = 0;
	int r = run(squares, &steps);
	show_int("squares", r);
	show_int("steps", steps);
	total += steps;
	r = run(gcd, &steps);
	show_int("gcd", r);
	show_int("steps", steps);
	total += steps;
	r = run(fact, &steps);
	show_int("fact halt", r);
	show_int("steps", steps);
	total += steps;
	r = run(bits, &steps);
	show_int("bits", r);
	total += steps;
	return total % 256;
}
