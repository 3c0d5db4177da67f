	.file	"atomics.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"counter"
	.align 2
.LC1:
	.string	"sum of previous values"
	.align 2
.LC2:
	.string	"cas ok"
	.align 2
.LC3:
	.string	"cas stale"
	.align 2
.LC4:
	.string	"cas saw"
	.align 2
.LC5:
	.string	"exchange"
	.align 2
.LC6:
	.string	"or-fetch"
	.align 2
.LC7:
	.string	"and-fetch"
	.align 2
.LC8:
	.string	"lock held each time"
	.align 2
.LC9:
	.string	"lock free at end"
	.align 2
.LC10:
	.string	"popped:"
	.align 2
.LC11:
	.string	"sum"
	.align 2
.LC12:
	.string	"data kept"
	.align 2
.LC13:
	.string	"time base runs forward"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	li 9,1
	stw 29,36(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	lis 29,.LANCHOR0@ha
	stw 0,52(1)
	la 29,.LANCHOR0@l(29)
	stw 28,32(1)
	stw 30,40(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 30, -8
	li 30,0
	stw 31,44(1)
	.cfi_offset 31, -4
	addi 31,29,1024
.L3:
	sync
.L2:
	lwarx 10,0,31
	add 8,10,9
	stwcx. 8,0,31
	bne- 0,.L2
	isync
	addi 9,9,1
	add 30,30,10
	cmpwi 0,9,101
	bne+ 0,.L3
	lwz 4,1024(29)
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl show_int
	lis 3,.LC1@ha
	mr 4,30
	la 3,.LC1@l(3)
	bl show_int
	sync
	li 9,-1
.L4:
	lwarx 10,0,31
	cmpwi 0,10,5050
	bne- 0,.L5
	stwcx. 9,0,31
	bne- 0,.L4
.L5:
	isync
	sync
	mfcr 4
	rlwinm 4,4,3,1
	li 9,-2
.L6:
	lwarx 30,0,31
	cmpwi 0,30,5050
	bne- 0,.L7
	stwcx. 9,0,31
	bne- 0,.L6
.L7:
	isync
	lis 3,.LC2@ha
	mfcr 28
	rlwinm 28,28,3,1
	la 3,.LC2@l(3)
	bl show_int
	lis 3,.LC3@ha
	mr 4,28
	la 3,.LC3@l(3)
	bl show_int
	lis 3,.LC4@ha
	mr 4,30
	la 3,.LC4@l(3)
	bl show_int
	lwsync
	li 9,77
.L8:
	lwarx 4,0,31
	stwcx. 9,0,31
	bne- 0,.L8
	isync
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
.L9:
	lwarx 4,0,31
	ori 4,4,0x100
	stwcx. 4,0,31
	bne- 0,.L9
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
.L10:
	lwarx 4,0,31
	rlwinm 4,4,0,23,27
	stwcx. 4,0,31
	bne- 0,.L10
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl show_int
	sync
	lis 9,.LANCHOR0+1028@ha
	li 31,10
	la 9,.LANCHOR0+1028@l(9)
	li 4,0
	li 8,1
.L11:
	lwarx 10,0,9
	stwcx. 8,0,9
	bne- 0,.L11
	isync
	cmpwi 0,10,0
	bne+ 0,.L11
	lwz 7,1028(29)
	add 4,4,7
	addic. 31,31,-1
	lwsync
	stw 10,1028(29)
	bne+ 0,.L11
	lis 3,.LC8@ha
	lis 30,.LANCHOR1@ha
	la 3,.LC8@l(3)
	la 30,.LANCHOR1@l(30)
	bl show_int
	lwz 9,1028(29)
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	cntlzw 9,9
	srwi 4,9,5
	bl show_int
.L16:
	lwz 9,0(30)
	rlwinm 8,31,0,28,31
	cmpw 0,9,9
	bne- 0,$+4
	isync
	slwi 10,8,2
	add 10,29,10
.L15:
	stw 9,1032(10)
	lwsync
	lwarx 7,0,30
	cmpw 0,7,9
	bne- 0,.L14
	stwcx. 8,0,30
.L14:
	mr 9,7
	bne- 0,.L15
	addi 31,31,7
	cmplwi 0,31,112
	bne+ 0,.L16
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl print_str
	b .L17
.L18:
	slwi 10,9,2
	add 10,29,10
	lwz 10,1032(10)
	lwsync
.L20:
	lwarx 31,0,30
	cmpw 0,31,9
	bne- 0,.L21
	stwcx. 10,0,30
	bne- 0,.L20
.L21:
	isync
	mr 9,31
	bne- 0,.L22
	cmpwi 0,31,-1
	beq- 0,.L24
	li 3,32
	bl print_char
	mr 3,31
	bl print_uint
.L17:
	lwz 9,0(30)
	cmpw 0,9,9
	bne- 0,$+4
	isync
.L22:
	cmpwi 0,9,-1
	bne+ 0,.L18
.L24:
	bl print_nl
	addi 10,29,-4
	li 8,128
	mr 5,10
	li 9,0
	mtctr 8
.L19:
	addi 6,9,1
	mullw 7,9,9
	mullw 8,6,6
	addi 9,6,1
	addi 5,5,8
	addi 7,7,-1000
	addi 8,8,-1000
	stw 7,-4(5)
	stw 8,0(5)
	bdnz .L19
	subf 9,10,29
	li 5,0
	addi 9,9,1016
	li 6,0
	srwi 9,9,2
	addi 9,9,1
	mtctr 9
.L25:
	addi 8,10,36
	addi 7,10,68
	lwzu 9,4(10)
	dcbtst 0,8
	dcbt 0,7
	srawi 8,9,31
	addc 6,9,6
	adde 5,8,5
	bdnz .L25
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	bl show_i64
	li 10,8
	mr 9,29
	mtctr 10
.L26:
#APP
 # 41 "atomics.c" 1
	dcbst 0,9
	dcbf 0,9
	icbi 0,9
	icbt 0,0,9
 # 0 "" 2
#NO_APP
	addi 10,9,32
#APP
 # 41 "atomics.c" 1
	dcbst 0,10
	dcbf 0,10
	icbi 0,10
	icbt 0,0,10
 # 0 "" 2
#NO_APP
	addi 10,10,32
#APP
 # 41 "atomics.c" 1
	dcbst 0,10
	dcbf 0,10
	icbi 0,10
	icbt 0,0,10
 # 0 "" 2
#NO_APP
	addi 10,9,96
#APP
 # 41 "atomics.c" 1
	dcbst 0,10
	dcbf 0,10
	icbi 0,10
	icbt 0,0,10
 # 0 "" 2
#NO_APP
	addi 9,9,128
	bdnz .L26
#APP
 # 42 "atomics.c" 1
	msync
	mbar
	isync
 # 0 "" 2
#NO_APP
	addi 9,29,256
#APP
 # 92 "atomics.c" 1
	dcba 0,9
 # 0 "" 2
#NO_APP
	lwz 4,1020(29)
	lis 3,.LC12@ha
	la 3,.LC12@l(3)
	bl show_int
	mftbu 6
	mftb 7
	mftbu 9
	cmpw 0,6,9
	bne- 0,$-16
	li 9,0
	stw 9,8(1)
	lwz 9,8(1)
	cmpwi 0,9,99
	bgt- 0,.L27
.L28:
	lwz 9,8(1)
	addi 9,9,1
	stw 9,8(1)
	lwz 9,8(1)
	cmpwi 0,9,99
	ble+ 0,.L28
.L27:
	mftbu 10
	mftb 11
	mftbu 9
	cmpw 0,10,9
	bne- 0,$-16
	li 4,1
	cmplw 0,10,6
	bgt- 0,.L29
	beq- 0,.L58
.L30:
	li 4,0
.L29:
	lis 3,.LC13@ha
	la 3,.LC13@l(3)
	bl show_int
	lwz 3,1024(29)
	lwz 0,52(1)
	lwz 28,32(1)
	lwz 29,36(1)
	addi 3,3,3
	lwz 30,40(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 31,44(1)
	addi 1,1,48
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	blr
.L58:
	.cfi_restore_state
	cmplw 0,11,7
	bgt- 0,.L29
	b .L30
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.section	".data"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	top, @object
	.size	top, 4
top:
	.long	-1
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	data, @object
	.size	data, 1024
data:
	.zero	1024
	.type	counter, @object
	.size	counter, 4
counter:
	.zero	4
	.type	lock, @object
	.size	lock, 4
lock:
	.zero	4
	.type	next_of, @object
	.size	next_of, 64
next_of:
	.zero	64
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
