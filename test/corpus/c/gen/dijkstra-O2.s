	.file	"dijkstra.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	hpush, @function
hpush:
.LFB0:
	.cfi_startproc
	lis 10,.LANCHOR0@ha
	lwz 8,.LANCHOR0@l(10)
	la 5,.LANCHOR0@l(10)
	cmpwi 0,8,0
	slwi 7,8,3
	add 7,5,7
	addi 6,8,1
	stw 3,4(7)
	stw 6,.LANCHOR0@l(10)
	stw 4,8(7)
	beqlr- 0
.L2:
	addi 10,8,-1
	mr 9,8
	srawi 8,10,1
	addze 8,8
	slwi 7,9,3
	slwi 6,8,3
	add 7,5,7
	add 6,5,6
	lwz 4,4(7)
	lwz 3,4(6)
	slwi 9,9,1
	slwi 10,8,1
	addi 9,9,1
	addi 10,10,1
	slwi 9,9,2
	cmpw 0,3,4
	slwi 10,10,2
	cmpwi 7,8,0
	add 10,5,10
	add 9,5,9
	blelr- 0
	lwz 11,4(10)
	stw 4,4(6)
	lwz 6,4(9)
	stw 6,4(10)
	stw 3,4(7)
	stw 11,4(9)
	bne+ 7,.L2
	blr
	.cfi_endproc
.LFE0:
	.size	hpush,.-hpush
	.align 2
	.type	neighbours, @function
neighbours:
.LFB2:
	.cfi_startproc
	lis 8,0x2aaa
	srawi 10,3,31
	ori 8,8,0xaaab
	mr 9,3
	mulhw 8,3,8
	srawi 8,8,1
	subf 10,10,8
	mulli 10,10,12
	subf. 10,10,3
	ble- 0,.L16
	cmpwi 0,10,11
	addi 10,3,-1
	stw 10,0(4)
	beq- 0,.L17
	addi 8,4,4
	li 10,8
	li 3,3
.L12:
	addi 7,9,1
	stw 7,0(8)
.L13:
	cmpwi 0,9,11
	ble- 0,.L14
	cmpwi 0,9,131
	addi 8,9,-12
	stwx 8,4,10
	bgtlr- 0
	slwi 10,3,2
	addi 3,3,1
.L14:
	addi 9,9,12
	stwx 9,4,10
	blr
.L17:
	li 3,2
	li 10,4
	b .L13
.L16:
	mr 8,4
	li 10,4
	li 3,2
	b .L12
	.cfi_endproc
.LFE2:
	.size	neighbours,.-neighbours
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"shortest to corner"
	.align 2
.LC1:
	.string	"heap pops"
	.align 2
.LC2:
	.string	"path length"
	.align 2
.LC3:
	.string	"bfs reached"
	.align 2
.LC4:
	.string	"bfs farthest"
	.align 2
.LC5:
	.string	"components"
	.align 2
.LC6:
	.string	"topo:"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-528(1)
	.cfi_def_cfa_offset 528
	mflr 0
	lis 7,0x38e3
	li 9,144
	ori 7,7,0x8e39
	li 10,2024
	stw 30,520(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	lis 30,.LANCHOR0@ha
	stw 0,532(1)
	mtctr 9
	stw 24,496(1)
	stw 25,500(1)
	stw 26,504(1)
	stw 27,508(1)
	stw 28,512(1)
	stw 29,516(1)
	stw 31,524(1)
	.cfi_offset 65, 4
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	la 31,.LANCHOR0@l(30)
	addi 8,31,2307
.L19:
	slwi 9,10,13
	xor 10,9,10
	srwi 9,10,17
	xor 9,9,10
	slwi 10,9,5
	xor 10,10,9
	mulhwu 9,10,7
	srwi 9,9,1
	mulli 9,9,9
	subf 9,9,10
	addi 9,9,1
	stbu 9,1(8)
	bdnz .L19
	lis 10,0x7fff
	li 8,36
	addi 9,31,2448
	ori 10,10,0xffff
	mtctr 8
.L20:
	stw 10,4(9)
	stw 10,8(9)
	stw 10,12(9)
	stwu 10,16(9)
	bdnz .L20
	li 9,0
	li 4,0
	li 3,0
	stw 9,2452(31)
	bl hpush
	lwz 4,.LANCHOR0@l(30)
	li 27,0
	addi 29,1,8
	cmpwi 0,4,0
	beq- 0,.L21
	addi 30,31,4
.L34:
	addi 4,4,-1
	lwz 26,4(31)
	slwi 10,4,3
	lwz 28,8(31)
	add 10,31,10
	stw 4,0(31)
	mr 9,10
	lwz 10,4(10)
	li 5,0
	stw 10,4(31)
	lwz 9,8(9)
	stw 9,8(31)
	b .L27
.L127:
	slwi 8,7,3
	slwi 10,5,3
	add 8,31,8
	add 10,31,10
	lwz 6,4(8)
	slwi 8,7,1
	lwz 10,4(10)
	cmpw 0,6,10
	bge- 0,.L22
	cmpw 0,4,3
	mr 6,7
	bgt- 0,.L23
.L24:
	cmpw 0,5,6
	beq- 0,.L26
	slwi 9,9,2
	slwi 10,6,3
	add 8,31,9
	add 3,30,10
	lwz 5,4(8)
	add 8,31,10
	lwzx 11,30,10
	slwi 7,7,2
	lwz 3,4(3)
	add 7,31,7
	stw 5,4(8)
	mr 10,8
	add 8,30,9
	mr 5,6
	lwz 7,4(7)
	stw 7,8(10)
	stwx 11,30,9
	stw 3,4(8)
.L27:
	slwi 9,5,1
	addi 7,9,1
	addi 3,9,2
	cmpw 0,4,7
	bgt- 0,.L127
.L22:
	cmpw 0,4,3
	ble- 0,.L26
	mr 8,9
	mr 6,5
.L23:
	addi 10,5,1
	slwi 8,8,2
	slwi 10,10,4
	add 8,31,8
	add 10,31,10
	lwz 8,4(8)
	lwz 10,4(10)
	cmpw 0,10,8
	bge- 0,.L24
	mr 6,3
	b .L24
.L26:
	slwi 9,28,2
	addi 27,27,1
	add 9,31,9
	lwz 9,2452(9)
	cmpw 0,9,26
	bge- 0,.L128
.L29:
	cmpwi 0,4,0
	bne+ 0,.L34
.L21:
	lwz 4,3024(31)
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	li 28,143
	bl show_int
	lis 3,.LC1@ha
	mr 4,27
	la 3,.LC1@l(3)
	bl show_int
	li 4,0
.L35:
	slwi 9,28,2
	addi 4,4,1
	add 9,31,9
	lwz 28,3028(9)
	cmpwi 0,28,0
	bne+ 0,.L35
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	li 8,36
	addi 9,31,3600
	li 10,-1
	mtctr 8
.L36:
	stw 10,4(9)
	stw 10,8(9)
	stw 10,12(9)
	stwu 10,16(9)
	bdnz .L36
	li 9,0
	addi 26,31,4176
	stw 9,3604(31)
	li 27,0
	stw 9,4180(31)
	li 24,0
	li 25,1
.L41:
	lwzu 30,4(26)
	mr 4,29
	addi 24,24,1
	mr 3,30
	slwi 30,30,2
	bl neighbours
	add 9,31,30
	lwz 9,3604(9)
	cmpw 0,27,9
	bge- 0,.L37
	mr 27,9
.L37:
	cmpwi 0,3,0
	ble- 0,.L38
	add 30,31,30
	mtctr 3
	addi 8,1,4
.L40:
	lwzu 10,4(8)
	slwi 9,10,2
	add 6,31,10
	add 9,31,9
	lwz 7,3604(9)
	cmpwi 0,7,0
	blt- 0,.L129
.L39:
	bdnz .L40
.L38:
	cmpw 0,24,25
	blt+ 0,.L41
	lis 3,.LC3@ha
	mr 4,24
	la 3,.LC3@l(3)
	addi 30,31,4752
	bl show_int
	lis 3,.LC4@ha
	mr 4,27
	la 3,.LC4@l(3)
	bl show_int
	li 8,36
	mr 10,30
	li 9,0
	mtctr 8
.L42:
	addi 7,9,1
	addi 8,9,3
	addi 6,9,2
	stw 9,4(10)
	stw 7,8(10)
	addi 9,9,4
	stw 6,12(10)
	stwu 8,16(10)
	bdnz .L42
	li 25,0
	addi 26,31,2308
	addi 27,31,4756
.L44:
	mr 4,29
	mr 3,25
	bl neighbours
	cmpwi 0,3,0
	ble- 0,.L56
	lbzx 4,25,26
	slwi 3,3,2
	addi 6,1,4
	slwi 11,25,2
	add 3,3,6
.L55:
	lwzu 10,4(6)
	add 9,31,10
	lbz 9,2308(9)
	subf 9,9,4
	addi 9,9,2
	cmplwi 0,9,4
	ble- 0,.L130
.L47:
	cmplw 0,6,3
	bne+ 0,.L55
.L56:
	addi 25,25,1
	cmpwi 0,25,144
	bne+ 0,.L44
	li 7,0
	li 4,0
.L45:
	lwzu 9,4(30)
	mr 10,7
	cmpw 0,9,7
	beq- 0,.L131
.L57:
	slwi 9,9,2
	slwi 8,10,2
	add 9,31,9
	add 8,31,8
	lwz 10,4756(9)
	stw 10,4756(8)
	slwi 9,10,2
	add 9,31,9
	lwz 9,4756(9)
	cmpw 0,9,10
	bne+ 0,.L57
	xor 9,9,7
	cntlzw 9,9
	srwi 9,9,5
.L59:
	addi 7,7,1
	add 4,4,9
	cmpwi 0,7,144
	bne+ 0,.L45
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	li 5,160
	li 4,0
	addi 3,1,328
	bl memset
	li 8,40
	addi 10,1,336
	addi 9,1,332
	li 6,0
	li 7,0
	mtctr 8
.L63:
	cmplwi 7,7,38
	addi 7,7,2
	cmplwi 0,6,37
	addi 6,6,3
	bgt- 7,.L61
	lwz 8,0(9)
	addi 8,8,1
	stw 8,0(9)
	bgt- 0,.L61
	lwz 8,0(10)
	addi 8,8,1
	stw 8,0(10)
.L61:
	addi 10,10,12
	addi 9,9,8
	bdnz .L63
	li 7,40
	addi 8,1,324
	li 10,0
	li 9,0
	mtctr 7
.L65:
	lwzu 7,4(8)
	slwi 6,9,2
	cmpwi 0,7,0
	bne- 0,.L64
	stwx 10,29,6
	addi 9,9,1
.L64:
	addi 10,10,1
	bdnz .L65
	cmpwi 0,9,0
	beq- 0,.L66
	addi 27,1,164
	addi 3,1,4
	mr 4,27
.L73:
	lwzu 7,4(3)
	mr 26,28
	addi 28,28,1
	mulli 10,7,3
	slwi 8,7,1
	addi 8,8,1
	stwu 7,4(4)
	addi 10,10,2
	cmpwi 7,8,39
	slwi 6,8,2
	slwi 7,10,2
	cmpwi 0,10,39
	add 6,29,6
	add 7,29,7
	bgt- 7,.L69
	lwz 5,320(6)
	slwi 11,9,2
	addi 5,5,-1
	cmpwi 7,5,0
	stw 5,320(6)
	bne- 7,.L69
	stwx 8,29,11
	addi 9,9,1
.L69:
	bgt- 0,.L71
	lwz 8,320(7)
	slwi 6,9,2
	addi 8,8,-1
	cmpwi 0,8,0
	stw 8,320(7)
	bne- 0,.L71
	stwx 10,29,6
	addi 9,9,1
.L71:
	cmpw 0,28,9
	blt+ 0,.L73
	lis 3,.LC6@ha
	addi 30,26,1
	la 3,.LC6@l(3)
	bl print_str
	andi. 9,30,0x1
	beq- 0,.L76
	li 3,32
	bl print_char
	lwzu 3,4(27)
	bl print_int
	mr. 30,26
	beq- 0,.L75
.L76:
	li 3,32
	addi 29,27,4
	bl print_char
	lwz 3,4(27)
	addi 30,30,-1
	addi 27,27,8
	bl print_int
	li 3,32
	bl print_char
	lwz 3,4(29)
	bl print_int
	addic. 30,30,-1
	bne+ 0,.L76
.L75:
	bl print_nl
	lwz 0,532(1)
	lwz 3,3024(31)
	lwz 24,496(1)
	lwz 25,500(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 26,504(1)
	lwz 27,508(1)
	lwz 28,512(1)
	lwz 29,516(1)
	lwz 30,520(1)
	lwz 31,524(1)
	addi 1,1,528
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_def_cfa_offset 0
	blr
.L129:
	.cfi_restore_state
	lbz 6,2308(6)
	slwi 7,25,2
	add 7,31,7
	cmplwi 0,6,6
	bgt- 0,.L39
	lwz 6,3604(30)
	addi 25,25,1
	stw 10,4180(7)
	addi 6,6,1
	stw 6,3604(9)
	bdnz .L40
	b .L38
.L130:
	lwzx 9,11,27
	mr 7,25
	cmpw 0,9,25
	beq- 0,.L48
.L49:
	slwi 9,9,2
	slwi 8,7,2
	add 9,31,9
	add 8,31,8
	lwz 7,4756(9)
	stw 7,4756(8)
	slwi 9,7,2
	add 9,31,9
	lwz 9,4756(9)
	cmpw 0,9,7
	bne+ 0,.L49
.L48:
	slwi 9,10,2
	add 9,31,9
	lwz 9,4756(9)
	cmpw 0,10,9
	beq- 0,.L50
.L51:
	slwi 9,9,2
	slwi 8,10,2
	add 9,31,9
	add 8,31,8
	lwz 10,4756(9)
	stw 10,4756(8)
	slwi 9,10,2
	add 9,31,9
	lwz 9,4756(9)
	cmpw 0,9,10
	bne+ 0,.L51
.L50:
	cmpw 0,7,10
	beq- 0,.L47
	mr 9,7
	bge- 0,.L53
	mr 9,10
.L53:
	slwi 9,9,2
	add 9,31,9
	ble- 0,.L54
	mr 7,10
.L54:
	stw 7,4756(9)
	b .L47
.L131:
	li 9,1
	b .L59
.L128:
	mr 4,29
	mr 3,28
	bl neighbours
	addi 24,1,4
	mr. 25,3
	ble- 0,.L33
.L32:
	lwzu 4,4(24)
	add 10,31,4
	slwi 9,4,2
	lbz 3,2308(10)
	add 9,31,9
	lwz 10,2452(9)
	add 3,3,26
	cmpw 0,10,3
	bgt- 0,.L132
.L31:
	addic. 25,25,-1
	bne+ 0,.L32
.L33:
	lwz 4,0(31)
	b .L29
.L132:
	stw 3,2452(9)
	stw 28,3028(9)
	bl hpush
	b .L31
.L66:
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl print_str
	b .L75
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	hn, @object
	.size	hn, 4
hn:
	.zero	4
	.type	heap, @object
	.size	heap, 2304
heap:
	.zero	2304
	.type	cost, @object
	.size	cost, 144
cost:
	.zero	144
	.type	dist, @object
	.size	dist, 576
dist:
	.zero	576
	.type	prev, @object
	.size	prev, 576
prev:
	.zero	576
	.type	hop.1, @object
	.size	hop.1, 576
hop.1:
	.zero	576
	.type	queue.0, @object
	.size	queue.0, 576
queue.0:
	.zero	576
	.type	parent, @object
	.size	parent, 576
parent:
	.zero	576
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
